namespace Portal.Modules.Identity.Application.PortalSessions.RequestSignInLink;

/// <summary>Emails a fresh one-time link when the email belongs to a customer; otherwise does nothing.</summary>
[MessageName("identity.send_sign_in_link")]
internal sealed class SignInLinkRequestedIntegrationEventHandler(ISender sender) : IIntegrationEventHandler<SignInLinkRequestedIntegrationEvent>
{
    public async Task HandleAsync(SignInLinkRequestedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var business = BusinessId.FromTrusted(integrationEvent.BusinessId);
        var customer = await sender.QueryAsync(new FindCustomerByEmailQuery(business, integrationEvent.Mode, integrationEvent.Email), cancellationToken);
        if (customer is { } id)
        {
            await sender.SendAsync(
                new CreatePortalSessionCommand(business, integrationEvent.Mode, id, ReturnUrl: null, SendEmail: true, integrationEvent.Language),
                cancellationToken);
        }
    }
}
