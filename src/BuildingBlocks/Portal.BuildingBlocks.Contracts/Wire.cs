using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Portal.BuildingBlocks.Contracts;

/// <summary>
/// The one spelling of a vocabulary: an enum in a module's Contracts whose every member carries its wire
/// name in <see cref="JsonStringEnumMemberNameAttribute"/> (<c>on_hold</c>). JSON (the API, integration
/// events) reads that attribute itself; the database, SQL parameters, history rows and resource keys go
/// through here, so a member renamed in C# keeps its wire name everywhere.
/// </summary>
public static class Wire
{
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Names<TEnum>.ByValue.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name} has no such member.");

    /// <summary>The member a wire name stands for, matched exactly (wire names are lower case).</summary>
    public static bool TryParse<TEnum>(string? name, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return name is not null && Names<TEnum>.ByName.TryGetValue(name, out value);
    }

    /// <summary>The member a trusted wire name stands for (read from the database); an unknown name throws.</summary>
    public static TEnum Parse<TEnum>(string name)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(name, out var value) ? value : throw new FormatException($"'{name}' is no {typeof(TEnum).Name}.");

    /// <summary>Every wire name of the vocabulary, in declaration order.</summary>
    public static IReadOnlyList<string> NamesOf<TEnum>()
        where TEnum : struct, Enum => Names<TEnum>.InOrder;

    /// <summary>The wire name each member of <paramref name="vocabulary"/> declares; null for a member that declares none.</summary>
    public static IReadOnlyList<(string Member, string? Name)> Declared(Type vocabulary) =>
        [.. vocabulary.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (f.Name, f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name))];

    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly (TEnum Value, string Name)[] Members =
            [.. typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(f => ((TEnum)f.GetValue(null)!, f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                    ?? throw new InvalidOperationException($"{typeof(TEnum).Name}.{f.Name} has no wire name (JsonStringEnumMemberName).")))];

        public static readonly IReadOnlyList<string> InOrder = [.. Members.Select(m => m.Name)];

        public static readonly FrozenDictionary<TEnum, string> ByValue = Members.ToFrozenDictionary(m => m.Value, m => m.Name);

        public static readonly FrozenDictionary<string, TEnum> ByName = Members.ToFrozenDictionary(m => m.Name, m => m.Value, StringComparer.Ordinal);
    }
}
