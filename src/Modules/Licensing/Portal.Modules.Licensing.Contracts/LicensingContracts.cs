using System.Reflection;

namespace Portal.Modules.Licensing.Contracts;

/// <summary>Names this assembly for the host's module registration (commands declared here are saved by Licensing).</summary>
public static class LicensingContracts
{
    public static Assembly Assembly { get; } = typeof(LicensingContracts).Assembly;
}
