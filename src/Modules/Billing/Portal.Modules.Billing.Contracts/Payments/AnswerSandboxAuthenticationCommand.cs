namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>
/// The customer's answer on the sandbox's test authentication page, as a bank's 3-D Secure page would take it:
/// authenticated or failed. Only the first answer counts. Answers where to send the customer back: the return
/// URL the charge was made with.
/// </summary>
public sealed record AnswerSandboxAuthenticationCommand(string Reference, bool Authenticated) : ICommand<string>;
