namespace Portal.Host.Pages;

/// <summary>
/// The root of each mode: the unified portal's sign-in. One email opens every business where it is a
/// customer. The answer is the same whether or not the email is known.
/// </summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public string? ErrorKey { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(
                new RequestUnifiedSignInLinkCommand(
                    HttpContext.GetMode(), Email ?? string.Empty, PageLanguage.Current, HttpContext.ClientAddress()),
                cancellationToken);
            Sent = true;
        }
        catch (ValidationException)
        {
            ErrorKey = "Login.InvalidEmail";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }
}
