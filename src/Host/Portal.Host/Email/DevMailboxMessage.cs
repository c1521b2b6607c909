namespace Portal.Host.Email;

/// <summary>An email "sent" while no SMTP server is configured (local runs and demos only).</summary>
internal sealed class DevMailboxMessage
{
    public Guid Id { get; init; }

    public required string To { get; init; }

    public required string Subject { get; init; }

    public required string TextBody { get; init; }

    public required string HtmlBody { get; init; }

    public DateTimeOffset SentAt { get; init; }
}
