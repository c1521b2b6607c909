using System.Reflection;

namespace Portal.Modules.Subscriptions.Contracts;

/// <summary>Names this assembly for the host's module registration (commands declared here are saved by Subscriptions).</summary>
public static class SubscriptionsContracts
{
    public static Assembly Assembly { get; } = typeof(SubscriptionsContracts).Assembly;
}
