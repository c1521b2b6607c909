using Portal.BuildingBlocks.Application;
using Portal.Modules.Identity.Contracts.Customers;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.ChangePaymentMethod;

internal sealed class CreatePaymentMethodUpdateLinkCommandHandler(SubscriptionReader reader, ISender sender, IPortalLinks links)
    : ICommandHandler<CreatePaymentMethodUpdateLinkCommand, string>
{
    public async Task<string> Handle(CreatePaymentMethodUpdateLinkCommand command, CancellationToken cancellationToken)
    {
        var subscription = await reader.FindAsync(command.BusinessId, command.Mode, command.SubscriptionId, null, cancellationToken);
        subscription.EnsureNotTerminal();
        try
        {
            return await sender.SendAsync(
                new CreateSignInLinkCommand(command.BusinessId.Value, command.Mode, subscription.CustomerId.Value, links.PaymentMethodLanding(subscription.Id.Value), command.ReturnUrl),
                cancellationToken);
        }
        catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
        {
            // The subscription exists (checked above): what is missing is the customer's access to the portal.
            throw new DomainException(Error.Conflict("PORTAL_UNAVAILABLE", "This customer cannot sign in to the portal (blocked, or the portal is closed): no link can be made."));
        }
    }
}
