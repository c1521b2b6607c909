namespace Portal.Modules.Identity.Contracts.Audit;

/// <summary>
/// Records a change a merchant user (<paramref name="ByOperator"/> false) or an operator made, after it
/// succeeded. <paramref name="Details"/> never holds a password or a token: the caller leaves them out.
/// </summary>
public sealed record RecordAuditEntryCommand(
    BusinessId? BusinessId, Mode? Mode, bool ByOperator, Guid ActorId, string ActorName, string Action, string Details) : ICommand<Unit>;
