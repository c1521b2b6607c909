using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.ChangePaymentMethod;

/// <summary>
/// For a merchant whose customer must add a new card (the API's <c>type: "new"</c>): a one-time, 24-hour
/// sign-in link to the subscription's payment-method page in the portal, where the customer adds a card
/// and confirms (an on-hold subscription's dues are charged there). Ended subscriptions are refused (409);
/// a blocked customer or a closed portal gets no link (409 <c>PORTAL_UNAVAILABLE</c>). A
/// <paramref name="ReturnUrl"/> becomes the portal's "Return to {business}" button, as a portal session's does.
/// </summary>
internal sealed record CreatePaymentMethodUpdateLinkCommand(BusinessId BusinessId, Mode Mode, string SubscriptionId, string? ReturnUrl = null) : ICommand<string>;
