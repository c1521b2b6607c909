namespace Portal.BuildingBlocks.Infrastructure.Email;

internal sealed class ProtectedEmailQueue(IBackgroundJobClient jobs, IDataProtectionProvider protection) : IEmailQueue
{
    public const string Purpose = "Portal.Email.v1";

    public void Enqueue(EmailMessage message)
    {
        var sealedMessage = protection.CreateProtector(Purpose).Protect(JsonSerializer.Serialize(message));
        jobs.Enqueue<SendEmailJob>(job => job.SendAsync(sealedMessage, CancellationToken.None));
    }
}
