namespace Portal.BuildingBlocks.Application.Email;

/// <summary>
/// One email, ready to send: both an HTML and a plain-text body (clients that cannot show HTML, and
/// spam filters, want the second). <see cref="ReplyTo"/> is the business's support address.
/// </summary>
public sealed record EmailMessage(string To, string Subject, string HtmlBody, string TextBody, string? FromName = null, string? ReplyTo = null);
