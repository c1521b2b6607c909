namespace Portal.Host.Pages.Sandbox;

/// <summary>
/// The sandbox's stand-in for a bank's 3-D Secure page (test mode only, like Stripe's test authentication page):
/// the amount, and <em>Complete</em> or <em>Fail</em>. The answer goes to the sandbox gateway alone; the customer is
/// then sent back to the portal page the charge was made from, which settles the payment by asking the gateway.
/// Only the first answer counts. An unknown charge, or live mode, is a 404.
/// </summary>
public sealed class AuthenticateModel(ISender sender) : PageModel
{
    public SandboxAuthenticationDto Charge { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        if (HttpContext.GetMode() != Mode.Test)
        {
            return NotFound();
        }

        try
        {
            Charge = await sender.QueryAsync(new GetSandboxAuthenticationQuery(reference), cancellationToken);
            return Page();
        }
        catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }
    }

    public Task<IActionResult> OnPostCompleteAsync(string reference, CancellationToken cancellationToken) => AnswerAsync(reference, authenticated: true, cancellationToken);

    public Task<IActionResult> OnPostFailAsync(string reference, CancellationToken cancellationToken) => AnswerAsync(reference, authenticated: false, cancellationToken);

    private async Task<IActionResult> AnswerAsync(string reference, bool authenticated, CancellationToken cancellationToken)
    {
        if (HttpContext.GetMode() != Mode.Test)
        {
            return NotFound();
        }

        try
        {
            // The URL the portal gave when it made the charge: a page of this host.
            return Redirect(await sender.SendAsync(new AnswerSandboxAuthenticationCommand(reference, authenticated), cancellationToken));
        }
        catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }
    }
}
