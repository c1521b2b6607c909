using System.ComponentModel;

namespace Portal.BuildingBlocks.Infrastructure.Email;

/// <summary>Delivers one queued email; Hangfire retries it when the SMTP server is unreachable.</summary>
public sealed class SendEmailJob(IEmailTransport transport, IDataProtectionProvider protection)
{
    [DisplayName("Send email")]
    [AutomaticRetry(Attempts = 8)]
    public async Task SendAsync(string sealedMessage, CancellationToken cancellationToken)
    {
        var json = protection.CreateProtector(ProtectedEmailQueue.Purpose).Unprotect(sealedMessage);
        var message = JsonSerializer.Deserialize<EmailMessage>(json)!;
        await transport.SendAsync(message, cancellationToken);
    }
}
