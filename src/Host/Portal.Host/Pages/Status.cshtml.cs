namespace Portal.Host.Pages;

/// <summary>Shown to browsers for an answer that has a status but no body, such as an unknown address.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code;

    public void OnPost(int code) => Code = code;
}
