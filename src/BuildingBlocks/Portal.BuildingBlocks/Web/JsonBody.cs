using Microsoft.AspNetCore.Http;

namespace Portal.BuildingBlocks.Web;

/// <summary>
/// Reads API requests' JSON as sent, so that an absent field and a <c>null</c> one stay
/// apart (PATCH), and so that a field of Dodo's this platform cannot honour is refused rather than
/// silently dropped: a caller who asks for a payment link or metadata must not believe it got one.
/// A body that is not a JSON object → 400; a field of the wrong type → 422 <c>INVALID_FIELD</c>.
/// </summary>
public static class JsonBody
{
    public static JsonElement RequireObject(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object
            ? body
            : throw new BadHttpRequestException("The body must be a JSON object.", StatusCodes.Status400BadRequest);

    /// <summary>An optional body: null when there is none; otherwise it must be a JSON object.</summary>
    public static async Task<JsonElement?> ReadOptionalObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return RequireObject(document.RootElement.Clone());
        }
        catch (JsonException exception)
        {
            throw new BadHttpRequestException("The body is not valid JSON.", StatusCodes.Status400BadRequest, exception);
        }
    }

    /// <summary>
    /// 422 <c>UNSUPPORTED_FIELD</c> for any field outside <paramref name="known"/> that asks for
    /// something (not null, false, 0, "" or empty): its default means "none of that feature", which holds.
    /// </summary>
    public static void RefuseUnsupported(JsonElement body, IReadOnlySet<string> known)
    {
        foreach (var property in body.EnumerateObject())
        {
            if (!known.Contains(property.Name) && AsksForSomething(property.Value))
            {
                throw new DomainException(Error.Validation(
                    "UNSUPPORTED_FIELD", $"{property.Name} is not supported by this API: leave it out (or send null)."));
            }
        }
    }

    public static bool Has(JsonElement body, string name, out JsonElement value) => body.TryGetProperty(name, out value);

    /// <summary>A field the request cannot do without: absent or null → 422 <c>INVALID_FIELD</c>.</summary>
    public static JsonElement Required(JsonElement body, string name, string expected) =>
        Has(body, name, out var value) && value.ValueKind != JsonValueKind.Null ? value : throw Invalid(name, expected);

    /// <summary>The string, or null when absent or null; anything else is refused.</summary>
    public static string? OptionalString(JsonElement body, string name) =>
        Has(body, name, out var value) ? NullableString(value, name) : null;

    public static string? NullableString(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => Text(value, name),
        _ => throw Invalid(name, "a string"),
    };

    /// <summary>A present field that cannot be cleared: <c>null</c> is refused like a wrong type.</summary>
    public static string String(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.String ? Text(value, name) : throw NotClearableOr(value, name, "a string");

    /// <summary>
    /// An object of strings (metadata, headers), null for <c>null</c>, anything else refused; a name repeated in the
    /// JSON keeps its last value, as JSON readers do.
    /// </summary>
    public static Dictionary<string, string>? StringMap(JsonElement value, string name)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(name, "an object of strings");
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            map[property.Name] = String(property.Value, name);
        }

        return map;
    }

    public static bool Boolean(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw NotClearableOr(value, name, "true or false"),
    };

    public static int Integer(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : throw Invalid(name, "a whole number");

    /// <summary>A JSON string's text; an escaped lone surrogate (<c>"\ud800"</c>), which is no text at all, is refused.</summary>
    private static string Text(JsonElement value, string name)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Invalid(name, "a string of valid Unicode text");
        }
    }

    public static DomainException Invalid(string name, string expected) =>
        new(Error.Validation("INVALID_FIELD", $"{name} must be {expected}."));

    private static bool AsksForSomething(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.False => false,
        JsonValueKind.Number => !(value.TryGetDecimal(out var number) && number == 0),
        JsonValueKind.String => value.GetString()!.Length > 0,
        JsonValueKind.Array => value.GetArrayLength() > 0,
        JsonValueKind.Object => value.EnumerateObject().Any(),
        _ => true,
    };

    public static DomainException NotClearableOr(JsonElement value, string name, string expected) =>
        value.ValueKind == JsonValueKind.Null
            ? new DomainException(Error.Validation("FIELD_NOT_CLEARABLE", $"{name} cannot be cleared: send {expected}, or leave it out to keep it unchanged."))
            : Invalid(name, expected);
}
