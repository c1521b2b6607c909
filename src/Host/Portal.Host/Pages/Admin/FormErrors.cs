namespace Portal.Host.Pages.Admin;

/// <summary>A message to show, as a resource key of AdminResource and its arguments.</summary>
public sealed record FieldError(string Key, params object[] Args);

/// <summary>
/// What a form refused, field by field: keyed by the id of the field's input, so the page can link the
/// error summary to it and describe the input by <c>{id}-error</c>. The first message of a field wins.
/// </summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, FieldError> _errors = new(StringComparer.Ordinal);

    public int Count => _errors.Count;

    public FieldError? this[string fieldId] => _errors.GetValueOrDefault(fieldId);

    public void Add(string fieldId, string key, params object[] args) => _errors.TryAdd(fieldId, new FieldError(key, args));

    public bool Has(string fieldId) => _errors.ContainsKey(fieldId);

    /// <summary>For aria-invalid: "true", or nothing at all.</summary>
    public string? Invalid(string fieldId) => Has(fieldId) ? "true" : null;

    /// <summary>The field's error id and its hint, for aria-describedby.</summary>
    public string? DescribedBy(string fieldId, string? hintId = null)
    {
        var ids = string.Join(' ', new[] { Has(fieldId) ? fieldId + "-error" : null, hintId }.Where(id => id is not null));
        return ids.Length == 0 ? null : ids;
    }
}
