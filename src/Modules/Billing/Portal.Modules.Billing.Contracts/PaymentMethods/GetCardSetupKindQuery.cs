namespace Portal.Modules.Billing.Contracts.PaymentMethods;

/// <summary>How customers add a card in a mode: which form the portal shows.</summary>
public sealed record GetCardSetupKindQuery(Mode Mode) : IQuery<CardSetupKind>;
