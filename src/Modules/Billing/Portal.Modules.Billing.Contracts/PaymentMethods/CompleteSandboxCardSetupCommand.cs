namespace Portal.Modules.Billing.Contracts.PaymentMethods;

/// <summary>
/// Back from the sandbox's authentication page: saves the card of that setup, once, set up for off-session charges,
/// if the customer authenticated it. Another customer's setup, or an unknown one, is not found; a failed or unanswered
/// one saves nothing (422 <c>CARD_NOT_AUTHENTICATED</c>).
/// </summary>
public sealed record CompleteSandboxCardSetupCommand(BusinessId BusinessId, Mode Mode, CustomerId CustomerId, string SetupReference) : ICommand<PaymentMethodDto>;
