namespace Portal.Modules.Subscriptions.Application.Subscriptions.RenewDueSubscriptions;

internal sealed class RenewDueSubscriptionsCommandHandler(DueSubscriptionsRunner runner)
    : ICommandHandler<RenewDueSubscriptionsCommand, int>
{
    public Task<int> Handle(RenewDueSubscriptionsCommand command, CancellationToken cancellationToken) =>
        runner.RunAsync(DueWork.Renewals, (biller, subscription) => biller.RenewAsync(subscription, simulateDecline: false, cancellationToken), cancellationToken);
}
