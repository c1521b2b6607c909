namespace Portal.BuildingBlocks.Infrastructure.Outbox;

/// <summary>How long delivered messages are kept (section <c>Retention</c>; docs/operations.md).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>
    /// Outbox rows are kept this long after the relay dispatched them, inbox rows this long after their
    /// handler ran. The inbox is what makes a redelivery a no-op, so keep it well past Hangfire's retries.
    /// </summary>
    public TimeSpan DispatchedMessagesAge { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Rows deleted per statement, each statement its own short transaction.</summary>
    public int BatchSize { get; set; } = 1000;
}
