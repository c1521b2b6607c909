using MediatR;
using Portal.Modules.Identity.Contracts.Audit;

namespace Portal.Modules.Identity.Application.Audit.RecordAuditEntry;

internal sealed class RecordAuditEntryCommandHandler(IIdentityDbContext db, TimeProvider time) : ICommandHandler<RecordAuditEntryCommand, Unit>
{
    public const int MaxDetailsLength = 1000;

    public Task<Unit> Handle(RecordAuditEntryCommand command, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(AuditEntry.Record(
            command.BusinessId,
            command.Mode,
            command.ByOperator ? StaffArea.Ops : StaffArea.Admin,
            command.ActorId,
            command.ActorName,
            command.Action,
            command.Details.Length > MaxDetailsLength ? command.Details[..MaxDetailsLength] : command.Details,
            time.GetUtcNow()));
        return Task.FromResult(Unit.Value);
    }
}
