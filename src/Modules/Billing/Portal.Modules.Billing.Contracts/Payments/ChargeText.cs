using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>
/// What a charge or one of its lines is for. Either the merchant's own words (a product's name, a description sent
/// through the API), shown as typed, or one of the platform's sentences ("Pro — renewal"), kept as its key and
/// arguments, never as an English sentence, and written in each reader's language (<see cref="ChargeTexts"/>).
/// Stored as a JSON string for the first and <c>{"key":…,"arguments":[…]}</c> for the second.
/// </summary>
[JsonConverter(typeof(ChargeTextJsonConverter))]
public sealed class ChargeText : IEquatable<ChargeText>
{
    private ChargeText(string? literal, string? key, IReadOnlyList<string> arguments) =>
        (Literal, Key, Arguments) = (literal, key, arguments);

    /// <summary>The merchant's words, or null for one of the platform's sentences.</summary>
    public string? Literal { get; }

    /// <summary>The platform sentence's key in <see cref="ChargeTexts"/>, or null for the merchant's words.</summary>
    public string? Key { get; }

    public IReadOnlyList<string> Arguments { get; }

    public static ChargeText Of(string literal) => new(literal, null, []);

    /// <summary>A charge for a subscription's first period.</summary>
    public static ChargeText Subscription(string product) => new(null, "payment.subscription", [product]);

    public static ChargeText Renewal(string product) => new(null, "payment.renewal", [product]);

    /// <summary>A charge, or a line, of the amount due that put a subscription on hold.</summary>
    public static ChargeText AmountDue(string product) => new(null, "payment.amount_due", [product]);

    public static ChargeText PlanChange(string product) => new(null, "payment.plan_change", [product]);

    /// <summary>A line for one period of a subscription, its dates as <c>yyyy-MM-dd</c>.</summary>
    public static ChargeText Period(string product, DateOnly start, DateOnly end) =>
        new(null, "line.period", [product, start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);

    public static ChargeText NewPlanNewPeriod(string product) => new(null, "line.new_plan", [product]);

    public static ChargeText PlanChangeProrated(string product) => new(null, "line.prorated", [product]);

    /// <summary>A merchant's description sent as text.</summary>
    public static implicit operator ChargeText(string literal) => Of(literal);

    /// <summary>Written for a reader of <paramref name="language"/>: the merchant's words as they are, a platform sentence in that language.</summary>
    public string In(string language) => Key is null ? Literal! : ChargeTexts.Sentence(Key, language, Arguments);

    /// <summary>In the default language: what the API and the gateways get.</summary>
    public override string ToString() => In(Languages.Default);

    public bool Equals(ChargeText? other) =>
        other is not null && Literal == other.Literal && Key == other.Key && Arguments.SequenceEqual(other.Arguments);

    public override bool Equals(object? obj) => Equals(obj as ChargeText);

    public override int GetHashCode() => HashCode.Combine(Literal, Key, Arguments.Count);

    /// <summary>A platform sentence as it was stored.</summary>
    internal static ChargeText Stored(string key, IReadOnlyList<string> arguments) => new(null, key, arguments);
}

/// <summary>A merchant's words as a JSON string; a platform sentence as its key and arguments.</summary>
public sealed class ChargeTextJsonConverter : JsonConverter<ChargeText>
{
    public override ChargeText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return ChargeText.Of(reader.GetString()!);
        }

        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var key = root.TryGetProperty("key", out var k) ? k.GetString() : null;
        var arguments = root.TryGetProperty("arguments", out var a) ? a.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList() : [];
        return key is null ? ChargeText.Of(string.Empty) : ChargeText.Stored(key, arguments);
    }

    public override void Write(Utf8JsonWriter writer, ChargeText value, JsonSerializerOptions options)
    {
        if (value.Key is null)
        {
            writer.WriteStringValue(value.Literal);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("key", value.Key);
        writer.WriteStartArray("arguments");
        foreach (var argument in value.Arguments)
        {
            writer.WriteStringValue(argument);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
