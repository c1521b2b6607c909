namespace Portal.Modules.Webhooks.Infrastructure.Delivery;

/// <summary>
/// The runs of the delivery job going on in this host, so that a publish made while one runs wakes that run
/// instead of enqueueing another: the run claims again before it ends. A wake-up taken this way is never
/// lost, since a run only ends after seeing none came in; with no run here, a job is enqueued as before.
/// </summary>
internal sealed class DeliveryRuns
{
    private readonly Lock _gate = new();
    private int _running;
    private bool _wokenDuringRun;

    public void Started()
    {
        lock (_gate)
        {
            _running++;
        }
    }

    /// <summary>True when a run going on here takes the wake-up; false when a run must be started for it.</summary>
    public bool TakeWakeUp()
    {
        lock (_gate)
        {
            _wokenDuringRun = _running > 0;
            return _wokenDuringRun;
        }
    }

    /// <summary>At the end of a run's work: false when a wake-up came in meanwhile and the run must claim again.</summary>
    public bool TryEnd()
    {
        lock (_gate)
        {
            if (_wokenDuringRun)
            {
                _wokenDuringRun = false;
                return false;
            }

            _running--;
            return true;
        }
    }

    /// <summary>A run that failed: true when it leaves a wake-up no other run here will take, to be passed on to a new run.</summary>
    public bool Abandon()
    {
        lock (_gate)
        {
            _running--;
            var orphaned = _running == 0 && _wokenDuringRun;
            _wokenDuringRun &= !orphaned;
            return orphaned;
        }
    }
}
