using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Portal.Modules.Webhooks.Infrastructure.Persistence.Configurations;

/// <summary>A string-to-string map stored as a jsonb object, compared by content so edits in place are saved.</summary>
internal static class JsonDictionary
{
    public static readonly ValueConverter<Dictionary<string, string>, string> Converter = new(
        map => JsonSerializer.Serialize(map, JsonSerializerOptions.Default),
        json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, JsonSerializerOptions.Default) ?? new Dictionary<string, string>());

    public static readonly ValueComparer<Dictionary<string, string>> Comparer = new(
        (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
        map => map.Aggregate(0, (hash, entry) => HashCode.Combine(hash, entry.Key, entry.Value)),
        map => new Dictionary<string, string>(map));
}
