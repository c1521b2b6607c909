namespace Portal.Modules.Billing.Infrastructure.Gateways.Sandbox;

/// <summary>
/// Lets fault tests make the sandbox misbehave the way real gateways do: record the charge and then
/// not answer, so the caller cannot know whether the money moved.
/// </summary>
internal sealed class SandboxFaults
{
    private int _timeoutsAfterCharging;

    /// <summary>The next <paramref name="count"/> charges are made but answered with a timeout.</summary>
    public void TimeOutAfterCharging(int count) => Interlocked.Exchange(ref _timeoutsAfterCharging, count);

    internal bool TakeTimeoutAfterCharging()
    {
        while (true)
        {
            var left = Volatile.Read(ref _timeoutsAfterCharging);
            if (left <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _timeoutsAfterCharging, left - 1, left) == left)
            {
                return true;
            }
        }
    }
}
