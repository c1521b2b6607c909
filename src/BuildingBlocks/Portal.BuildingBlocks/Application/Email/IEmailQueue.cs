namespace Portal.BuildingBlocks.Application.Email;

/// <summary>
/// Sends emails in the background (a Hangfire job, retried on failure). The message is encrypted in
/// the job's stored arguments: emails carry sign-in links, which must not sit in the job table in clear.
/// </summary>
public interface IEmailQueue
{
    void Enqueue(EmailMessage message);
}
