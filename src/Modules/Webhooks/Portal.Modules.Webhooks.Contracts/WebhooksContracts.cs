using System.Reflection;

namespace Portal.Modules.Webhooks.Contracts;

/// <summary>Names this assembly for the host's module registration (commands declared here are saved by Webhooks).</summary>
public static class WebhooksContracts
{
    public static Assembly Assembly { get; } = typeof(WebhooksContracts).Assembly;
}
