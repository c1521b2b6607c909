using System.Diagnostics;

namespace Portal.Host.Pages;

/// <summary>The page a failing page request is re-executed as: a friendly message and a reference to quote.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorPageModel : PageModel
{
    public const string ErrorCodeKey = "portal.error-code";

    public string Reference { get; private set; } = string.Empty;

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    private void Describe() =>
        Reference = HttpContext.Items.TryGetValue(ErrorCodeKey, out var code) && code is string text
            ? $"{text} · {Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier}"
            : Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
}
