namespace Portal.BuildingBlocks.Contracts;

/// <summary>
/// Which form of a counted sentence to use: texts keep <c>{key}.one</c> and <c>{key}.other</c>. One for exactly one,
/// other for any other count (zero included), the rule of every language the portal speaks.
/// </summary>
public static class Plurals
{
    public static string Key(string key, long count) => count == 1 ? key + ".one" : key + ".other";
}
