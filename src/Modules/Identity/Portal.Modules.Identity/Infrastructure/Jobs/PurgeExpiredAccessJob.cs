using System.ComponentModel;
using Hangfire;
using Portal.Modules.Identity.Application.Maintenance.PurgeExpiredAccess;

namespace Portal.Modules.Identity.Infrastructure.Jobs;

/// <summary>Hourly: removes expired links, sessions and rate-limit counters.</summary>
internal sealed class PurgeExpiredAccessJob(ISender sender)
{
    public const string Id = "identity-purge-expired-access";

    [DisplayName("Purge expired sign-in links, sessions and rate limits")]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public Task RunAsync(CancellationToken cancellationToken) => sender.SendAsync(new PurgeExpiredAccessCommand(), cancellationToken);
}
