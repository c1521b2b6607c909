using Portal.BuildingBlocks.Application.Email;
using Portal.Host.Persistence;

namespace Portal.Host.Email;

/// <summary>
/// Keeps emails in a table that the /dev/mailbox page lists, so the whole sign-in flow can be clicked
/// through on one machine. Only ever used in Development and Testing: elsewhere SMTP is required.
/// </summary>
internal sealed class DevMailboxTransport(HostDbContext db, TimeProvider time) : IEmailTransport
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        db.DevMailbox.Add(new DevMailboxMessage
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            To = message.To,
            Subject = message.Subject,
            TextBody = message.TextBody,
            HtmlBody = message.HtmlBody,
            SentAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
