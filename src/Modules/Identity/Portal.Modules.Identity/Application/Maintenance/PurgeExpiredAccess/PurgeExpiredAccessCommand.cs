using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.Modules.Identity.Contracts.Maintenance;

namespace Portal.Modules.Identity.Application.Maintenance.PurgeExpiredAccess;

/// <summary>
/// Deletes what can no longer be used, once it is old enough (<see cref="AccessRetentionOptions"/>): sessions
/// 30 days after they expired, sign-in links (used or not) a week after they expired, and rate-limit
/// counters of past windows, in batches. Safe to run twice or on two instances at once.
/// </summary>
internal sealed record PurgeExpiredAccessCommand : ICommand<PurgedAccess>;
