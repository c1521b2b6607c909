namespace Portal.Modules.Webhooks.Application.Abstractions;

/// <summary>Makes endpoints' signing secrets and keeps them encrypted at rest.</summary>
internal interface IWebhookSecrets
{
    /// <summary>A new secret, <c>whsec_</c> and 24 random bytes in base64, and its protected form to store.</summary>
    (string Secret, string Protected) New();

    string Reveal(string protectedSecret);
}
