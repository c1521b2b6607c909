namespace Portal.Modules.Subscriptions.Application;

/// <summary>A vocabulary member as a merchant or an API client types it: its wire name, case and surrounding spaces aside.</summary>
internal static class TypedWords
{
    public static TEnum? Read<TEnum>(string? typed)
        where TEnum : struct, Enum =>
        Wire.TryParse<TEnum>(typed?.Trim().ToLowerInvariant(), out var value) ? value : null;
}
