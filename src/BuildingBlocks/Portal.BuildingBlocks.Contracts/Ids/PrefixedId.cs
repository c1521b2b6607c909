using System.Security.Cryptography;

namespace Portal.BuildingBlocks.Contracts;

/// <summary>Makes and parses <see cref="IPrefixedId{TSelf}"/> values.</summary>
public static class PrefixedId
{
    // Crockford's base32 alphabet in lower case: no i, l, o or u, so ids read aloud unambiguously.
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
    private const int RandomLength = 26; // 26 × 5 bits = 130 bits ≥ the 128 bits of entropy the spec asks for

    public static TId New<TId>()
        where TId : struct, IPrefixedId<TId> =>
        TId.FromTrusted(TId.Prefix + "_" + RandomToken());

    public static bool TryParse<TId>(string? value, out TId id)
        where TId : struct, IPrefixedId<TId>
    {
        id = default;
        if (value is null || !value.StartsWith(TId.Prefix + "_", StringComparison.Ordinal))
        {
            return false;
        }

        var body = value.AsSpan(TId.Prefix.Length + 1);
        if (body.Length is < 8 or > 64)
        {
            return false;
        }

        foreach (var c in body)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        id = TId.FromTrusted(value);
        return true;
    }

    private static string RandomToken() => RandomNumberGenerator.GetString(Alphabet, RandomLength);
}
