namespace Portal.Host.Pages.Admin;

/// <summary>
/// A value the merchant copies (a link, a key): shown in a read-only field that can be selected without
/// JavaScript, with a copy button that site.js reveals where the clipboard is available.
/// </summary>
/// <param name="Rows">More than one: a text area, for values whose line breaks matter (a PEM key).</param>
public sealed record CopyField(string Id, string Label, string Value, string? HintId = null, int Rows = 1);
