namespace Portal.Modules.Webhooks.Infrastructure.Retention;

/// <summary>How long webhook messages and their delivery logs are kept (section <c>Retention</c>; docs/operations.md).</summary>
internal sealed class WebhookRetentionOptions
{
    public const string Section = "Retention";

    /// <summary>
    /// A message, with its deliveries, is deleted this long after it was published, once none of its
    /// deliveries is still due: the delivery log and replays reach back this far. A delivery still pending (an
    /// endpoint disabled with deliveries due) keeps its message, however old.
    /// </summary>
    public TimeSpan WebhookMessagesAge { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Rows deleted per statement, each statement its own short transaction.</summary>
    public int BatchSize { get; set; } = 1000;
}
