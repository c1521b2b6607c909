namespace Portal.Modules.Billing.Application.Gateways;

/// <summary>
/// A sandbox setup as the gateway holds it: whose it is, the card, and whether the customer authenticated it
/// (<see cref="Succeeded"/>) or has not answered yet (<see cref="IsWaiting"/>). <see cref="Reference"/> is what the
/// saved card is charged by.
/// </summary>
internal sealed record SandboxSetupOutcome(
    BusinessId BusinessId,
    Mode Mode,
    CustomerId CustomerId,
    string Reference,
    string Token,
    int ExpiryMonth,
    int ExpiryYear,
    bool MakeDefault,
    bool Succeeded,
    bool IsWaiting);
