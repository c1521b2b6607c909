using System.Reflection;

namespace Portal.Modules.Identity.Contracts;

/// <summary>Names this assembly for the host's module registration (commands declared here are saved by Identity).</summary>
public static class IdentityContracts
{
    public static Assembly Assembly { get; } = typeof(IdentityContracts).Assembly;
}
