namespace Portal.Modules.Billing.Application.Gateways;

/// <summary>
/// Saving a sandbox card whose bank asks for 3-D Secure on setup, with the customer present: the setup waits on the
/// sandbox's authentication page, and once authenticated the card is saved set up for off-session charges.
/// </summary>
internal interface ISandboxCardSetup
{
    /// <summary>Starts the setup; where to send the customer to authenticate it.</summary>
    Task<string> StartSetupAsync(SandboxSetupRequest request, CancellationToken cancellationToken);

    Task<SandboxSetupOutcome?> FindSetupAsync(string reference, CancellationToken cancellationToken);
}
