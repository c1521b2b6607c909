namespace Portal.Modules.Subscriptions.Application.Subscriptions;

/// <summary>
/// The customer is in the portal while they are charged: <see cref="ReturnUrl"/> is where their bank's authentication
/// sends them back, and <see cref="BackFromAuthentication"/> settles the charge already started rather than starting one.
/// </summary>
internal sealed record PresentCustomer(string ReturnUrl, bool BackFromAuthentication);
