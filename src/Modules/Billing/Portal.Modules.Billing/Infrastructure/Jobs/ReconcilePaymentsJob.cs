using System.ComponentModel;
using Hangfire;
using Portal.Modules.Billing.Contracts.Payments;

namespace Portal.Modules.Billing.Infrastructure.Jobs;

/// <summary>Every five minutes: settles payments whose gateway call timed out (ADR 0012).</summary>
internal sealed class ReconcilePaymentsJob(ISender sender)
{
    public const string Id = "billing-reconcile-payments";

    [DisplayName("Settle payments whose gateway answer is unknown")]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public Task RunAsync(CancellationToken cancellationToken) =>
        sender.SendAsync(new ReconcilePaymentsCommand(QuietFor: TimeSpan.FromMinutes(2)), cancellationToken);
}
