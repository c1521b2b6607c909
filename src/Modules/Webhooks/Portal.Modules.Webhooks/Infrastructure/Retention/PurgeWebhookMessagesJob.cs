using System.ComponentModel;
using Hangfire;
using Microsoft.Extensions.Options;
using Portal.BuildingBlocks.Application.Persistence;

namespace Portal.Modules.Webhooks.Infrastructure.Retention;

/// <summary>
/// Hourly: deletes the messages published more than <see cref="WebhookRetentionOptions.WebhookMessagesAge"/>
/// ago whose deliveries have all ended (accepted or failed for good), and their deliveries with them (the
/// foreign key cascades), a batch per statement. Their bodies carry customers' contacts and license keys, so
/// they are not kept past what the delivery log needs.
/// </summary>
internal sealed class PurgeWebhookMessagesJob(IWebhooksDbContext db, IOptions<WebhookRetentionOptions> options, TimeProvider time)
{
    public const string Id = "webhooks-purge-messages";

    [DisplayName("Purge old webhook messages and their deliveries")]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var retention = options.Value;
        var before = time.GetUtcNow() - retention.WebhookMessagesAge;
        return await db.Messages
            .Where(m => m.CreatedAt < before && !db.Deliveries.Any(d => d.MessageId == m.Id && d.Status == DeliveryStatus.Pending))
            .OrderBy(m => m.CreatedAt)
            .DeleteInBatchesAsync(retention.BatchSize, cancellationToken);
    }
}
