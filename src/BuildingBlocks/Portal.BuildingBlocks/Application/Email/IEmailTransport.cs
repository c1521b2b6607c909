namespace Portal.BuildingBlocks.Application.Email;

/// <summary>Hands one email to its way out: SMTP in production, the development mailbox locally.</summary>
public interface IEmailTransport
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
