using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Identity.Contracts;

// Rule 3 canaries: a fake building block.
namespace Portal.Tests.Architecture.Canaries.BuildingBlocks;

/// <summary>Violation: a building block that knows a module (even only its contracts).</summary>
internal static class BuildingBlockThatKnowsAModule
{
    public static System.Reflection.Assembly ModuleAssembly => IdentityContracts.Assembly;
}

/// <summary>Allowed: a building block that uses building blocks.</summary>
internal static class BuildingBlockThatKnowsOnlyBuildingBlocks
{
    public static BusinessId NewBusiness() => PrefixedId.New<BusinessId>();
}
