namespace Portal.Modules.Webhooks.Contracts.Endpoints;

/// <summary>A merchant's webhook endpoint (Dodo's <c>whk_…</c>).</summary>
public readonly record struct WebhookEndpointId(string Value) : IPrefixedId<WebhookEndpointId>
{
    public static string Prefix => "whk";

    public static WebhookEndpointId FromTrusted(string value) => new(value);

    public override string ToString() => Value;
}
