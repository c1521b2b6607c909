namespace Portal.Modules.Billing.Infrastructure.Gateways.Sandbox;

/// <summary>How a sandbox test card behaves when it is saved and when it is charged.</summary>
internal enum SandboxBehaviour
{
    Succeeds,
    DeclinesOnSave,
    DeclinesCharges,
    InsufficientFunds,

    /// <summary>Every charge asks for 3-D Secure: on-session it waits for the customer, off-session it is declined.</summary>
    AuthenticatesEveryCharge,

    /// <summary>Asks for 3-D Secure until the card is set up with it; without that, as <see cref="AuthenticatesEveryCharge"/>.</summary>
    AuthenticatesUntilSetUp,

    /// <summary>Asks for 3-D Secure, then declines for insufficient funds once the customer has authenticated.</summary>
    AuthenticatesThenInsufficientFunds,
}

/// <summary>One of Stripe's documented test cards, known by its number and by its test token.</summary>
internal sealed record SandboxCard(string Number, string Token, string Brand, SandboxBehaviour Behaviour)
{
    public string LastFour => Number[^4..];

    /// <summary>
    /// The cards Stripe documents for these cases, and nothing else: a real card number is refused, so
    /// none can be typed into test mode by mistake. The "decline" numbers fail when saved (as they do on
    /// Stripe); their tokens are accepted by the API and fail when charged.
    /// </summary>
    public static readonly IReadOnlyList<SandboxCard> All =
    [
        new("4242424242424242", "pm_card_visa", "visa", SandboxBehaviour.Succeeds),
        new("5555555555554444", "pm_card_mastercard", "mastercard", SandboxBehaviour.Succeeds),
        new("4000000000000002", "pm_card_chargeDeclined", "visa", SandboxBehaviour.DeclinesOnSave),
        new("4000000000000341", "pm_card_chargeCustomerFail", "visa", SandboxBehaviour.DeclinesCharges),
        new("4000000000009995", "pm_card_visa_chargeDeclinedInsufficientFunds", "visa", SandboxBehaviour.InsufficientFunds),
        new("4000002760003184", "pm_card_authenticationRequired", "visa", SandboxBehaviour.AuthenticatesEveryCharge),
        new("4000002500003155", "pm_card_authenticationRequiredOnSetup", "visa", SandboxBehaviour.AuthenticatesUntilSetUp),
        new("4000008260003178", "pm_card_authenticationRequiredChargeDeclinedInsufficientFunds", "visa", SandboxBehaviour.AuthenticatesThenInsufficientFunds),
    ];

    public bool AsksForAuthentication =>
        Behaviour is SandboxBehaviour.AuthenticatesEveryCharge or SandboxBehaviour.AuthenticatesUntilSetUp or SandboxBehaviour.AuthenticatesThenInsufficientFunds;

    public static SandboxCard? ByNumber(string number) => All.FirstOrDefault(c => c.Number == number);

    public static SandboxCard? ByToken(string token) => All.FirstOrDefault(c => c.Token == token);

    /// <summary>
    /// A saved card's reference: its token, or its token and the setup that authenticated it (<c>token:seti_…</c>),
    /// as a Stripe PaymentMethod remembers the SetupIntent that set it up for off-session use.
    /// </summary>
    public static (SandboxCard? Card, bool SetUp) ByReference(string reference) =>
        reference.Split(':', 2) is [var token, var setup] ? (ByToken(token), setup.Length > 0) : (ByToken(reference), false);

    public static string SetUpReference(string token, string setupReference) => token + ":" + setupReference;
}
