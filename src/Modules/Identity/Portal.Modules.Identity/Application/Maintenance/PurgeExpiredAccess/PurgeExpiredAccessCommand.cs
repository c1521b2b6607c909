using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.Modules.Identity.Application.Maintenance.PurgeExpiredAccess;

/// <summary>
/// Deletes what can no longer be used: sessions past their end, sign-in links a week after they
/// expired (until then an old link still says "expired" rather than "not valid"), and rate-limit
/// counters of past windows. Safe to run twice or on two instances at once.
/// </summary>
public sealed record PurgeExpiredAccessCommand : ICommand<PurgedAccess>;
