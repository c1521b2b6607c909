namespace Portal.BuildingBlocks.Application.Messaging;

/// <summary>
/// Work a handler wants done once its changes are committed and visible to other connections, such as
/// waking a job that reads them. The outermost command (<see cref="Behaviors.UnitOfWorkBehavior{TRequest,TResponse}"/>)
/// and the integration-event delivery job run it after their commit; a rolled-back scope runs nothing.
/// Whatever it starts must also be found by a sweep, since the process may die right after the commit.
/// </summary>
public sealed class AfterCommit
{
    private readonly List<Action> _actions = [];

    public void Add(Action action) => _actions.Add(action);

    public void Run()
    {
        var actions = _actions.ToList();
        _actions.Clear();
        foreach (var action in actions)
        {
            action();
        }
    }
}
