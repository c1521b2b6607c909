using Portal.Modules.Identity.Domain.Customers.Events;

namespace Portal.Modules.Identity.Domain.Customers;

/// <summary>A buyer of one business in one mode. Identity owns this record; other modules keep its id.</summary>
internal sealed class Customer : AggregateRoot
{
    private Customer()
    {
    }

    public CustomerId Id { get; private set; }

    public BusinessId BusinessId { get; private set; }

    public Mode Mode { get; private set; }

    public string Email { get; private set; } = string.Empty;

    public string NormalizedEmail { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string? PhoneNumber { get; private set; }

    public Dictionary<string, string> Metadata { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the merchant blocked this customer: from then on no link or session opens their portal.</summary>
    public DateTimeOffset? BlockedAt { get; private set; }

    /// <summary>The language the customer chose with the portal's switch; null until they do.</summary>
    public string? ChosenLanguage { get; private set; }

    /// <summary>Their browser's language when they last signed in (its language cookie, else <c>Accept-Language</c>).</summary>
    public string? SignInLanguage { get; private set; }

    /// <summary>What the customer is written to in: the language they chose, else the business's default, else their browser's at sign-in.</summary>
    public static string LanguageOf(string? chosen, string? businessDefault, string? signIn) => Languages.Of(chosen ?? businessDefault ?? signIn);

    public static Customer Create(
        BusinessId businessId, Mode mode, string email, string name, string? phoneNumber,
        IReadOnlyDictionary<string, string>? metadata, DateTimeOffset now)
    {
        var customer = new Customer
        {
            Id = PrefixedId.New<CustomerId>(),
            BusinessId = businessId,
            Mode = mode,
            Email = email.Trim(),
            NormalizedEmail = EmailAddress.Normalize(email),
            Name = name.Trim(),
            PhoneNumber = string.IsNullOrWhiteSpace(phoneNumber) ? null : phoneNumber.Trim(),
            Metadata = metadata?.ToDictionary() ?? [],
            CreatedAt = now.ToStoredPrecision(),
        };
        customer.Raise(new CustomerCreatedDomainEvent(customer.Id, businessId, mode, now));
        return customer;
    }

    public void ChooseLanguage(string language) => ChosenLanguage = SupportedLanguage.Require(language);

    /// <summary>A language the portal does not speak is not recorded: the customer keeps the one they had.</summary>
    public void RecordSignInLanguage(string? language) => SignInLanguage = Languages.IsSupported(language) ? language : SignInLanguage;

    public void Block(DateTimeOffset now) => BlockedAt ??= now.ToStoredPrecision();

    public void Unblock() => BlockedAt = null;

    /// <summary>The merchant's own notes about the customer, replaced whole; null removes them.</summary>
    public void ReplaceMetadata(IReadOnlyDictionary<string, string>? metadata) => Metadata = metadata?.ToDictionary() ?? [];

    /// <summary>What the customer may change about themselves in the portal; the email stays (it is how they sign in).</summary>
    public void UpdateProfile(string name, string? phoneNumber)
    {
        Name = name.Trim();
        PhoneNumber = string.IsNullOrWhiteSpace(phoneNumber) ? null : phoneNumber.Trim();
    }
}
