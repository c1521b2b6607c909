namespace Portal.Host.Pages.Account;

/// <summary>
/// Where an invited merchant user or a new operator chooses their password, through their one-time link.
/// Opening the link changes nothing (mail scanners follow links); the form does, once.
/// </summary>
public sealed class SetPasswordModel(ISender sender) : PageModel
{
    public PasswordSetupInvitation? Invitation { get; private set; }

    [BindProperty]
    public string? Password { get; set; }

    public bool PasswordInvalid { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Invitation = await sender.QueryAsync(new InspectPasswordSetupLinkQuery(token), cancellationToken);
        if (Invitation is null)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        try
        {
            var done = await sender.SendAsync(new SetStaffPasswordCommand(token, Password ?? string.Empty), cancellationToken);
            if (done is null)
            {
                Response.StatusCode = StatusCodes.Status410Gone;
                return Page();
            }

            return Redirect(done.IsOperator ? "/ops/login" : "/admin/login");
        }
        catch (ValidationException)
        {
            PasswordInvalid = true;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            Invitation = await sender.QueryAsync(new InspectPasswordSetupLinkQuery(token), cancellationToken);
            return Page();
        }
    }
}
