namespace Portal.Modules.Webhooks.Application.Abstractions;

/// <summary>
/// Keeps messages' bodies encrypted at rest: they carry what the API answers, customers' contacts and, for
/// <c>license_key.created</c>, the license key itself, which Licensing stores only hashed and encrypted.
/// </summary>
internal interface IWebhookBodies
{
    string Seal(string body);

    string Open(string sealedBody);
}
