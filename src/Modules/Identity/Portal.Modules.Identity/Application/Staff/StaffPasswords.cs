using Microsoft.AspNetCore.Identity;

namespace Portal.Modules.Identity.Application.Staff;

/// <summary>
/// Merchant users' and operators' passwords: ASP.NET Core Identity's PBKDF2. Every check costs one hash
/// verification, against a hash of nothing when there is no account or no password yet, so that how long
/// a sign-in takes does not tell whether the email has an account.
/// </summary>
internal sealed class StaffPasswords
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 256;

    private static readonly PasswordHasher<StaffPasswords> Hasher = new();
    private static readonly Lazy<string> UnusableHash = new(() => Hasher.HashPassword(null!, Guid.NewGuid().ToString("N")));

    public const string Rule = "The password must be 12 to 256 characters.";

    public static bool IsAcceptable(string? password) => password is { Length: >= MinimumLength and <= MaximumLength };

    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    /// <summary>True only when there is a hash and the password matches it.</summary>
    public static bool Verify(string? hash, string password)
    {
        var matches = Hasher.VerifyHashedPassword(null!, hash ?? UnusableHash.Value, password) != PasswordVerificationResult.Failed;
        return hash is not null && matches;
    }
}
