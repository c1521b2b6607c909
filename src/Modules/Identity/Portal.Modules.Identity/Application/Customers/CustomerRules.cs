namespace Portal.Modules.Identity.Application.Customers;

/// <summary>The rules a customer's name and phone follow wherever they are set (API, portal).</summary>
internal static class CustomerRules
{
    public static void ValidName<T>(IRuleBuilder<T, string> rule) =>
        rule.Must(TextRules.IsDisplayName).WithMessage("name must be 1 to 200 characters without control characters.");

    public static void ValidPhone<T>(IRuleBuilder<T, string?> rule) =>
        rule.Matches(@"^\+?[0-9 ()\-.]{4,32}$").WithMessage("phone_number must be a phone number of up to 32 digits and separators.");
}
