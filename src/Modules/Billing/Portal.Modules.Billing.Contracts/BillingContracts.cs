using System.Reflection;

namespace Portal.Modules.Billing.Contracts;

/// <summary>Names this assembly for the host's module registration (commands declared here are saved by Billing).</summary>
public static class BillingContracts
{
    public static Assembly Assembly { get; } = typeof(BillingContracts).Assembly;
}
