namespace Portal.Modules.Subscriptions.Domain.Subscriptions;

/// <summary>
/// When the dues of an on-hold subscription are retried, counted from the day it went on hold
/// (default after 1, 3, 5 and 7 days), and whether the last failure cancels the subscription.
/// </summary>
internal sealed record DuesSchedule(IReadOnlyList<TimeSpan> RetryAfter, bool CancelAfterLastFailure)
{
    public static DuesSchedule Default { get; } = new([TimeSpan.FromDays(1), TimeSpan.FromDays(3), TimeSpan.FromDays(5), TimeSpan.FromDays(7)], true);
}
