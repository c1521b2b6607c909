using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.ChangePaymentMethod;

/// <summary>
/// Makes renewals charge another saved method of the subscription's customer. An on-hold subscription
/// is refused (<c>SUBSCRIPTION_ON_HOLD</c>): changing its method must also collect its dues.
/// </summary>
public sealed record ChangeSubscriptionPaymentMethodCommand(
    BusinessId BusinessId, Mode Mode, string SubscriptionId, CustomerId? Customer, SubscriptionActor Actor, string PaymentMethodId) : ICommand<SubscriptionDto>;
