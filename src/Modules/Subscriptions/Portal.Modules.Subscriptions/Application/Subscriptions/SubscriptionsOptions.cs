using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions;

/// <summary>Configuration section <c>Subscriptions</c>: the dues retry schedule, the jobs' batch size and parallelism.</summary>
internal sealed class SubscriptionsOptions
{
    public const string SectionName = "Subscriptions";

    /// <summary>Days after going on hold when the dues are retried with the saved method.</summary>
    public int[] DuesRetryDays { get; set; } = [1, 3, 5, 7];

    /// <summary>Whether the last declined retry cancels the subscription (otherwise it waits on hold for the customer).</summary>
    public bool CancelAfterLastDuesFailure { get; set; } = true;

    /// <summary>Subscriptions a job picks per round.</summary>
    public int JobBatchSize { get; set; } = 100;

    /// <summary>
    /// Subscriptions of a round a job handles at once, each in its own scope and transaction. A renewal
    /// mostly waits on PostgreSQL and the gateway, so a few at once keep the job server and the database busy.
    /// </summary>
    public int JobParallelism { get; set; } = 4;

    internal DuesSchedule DuesSchedule => new([.. DuesRetryDays.Order().Select(d => TimeSpan.FromDays(d))], CancelAfterLastDuesFailure);
}
