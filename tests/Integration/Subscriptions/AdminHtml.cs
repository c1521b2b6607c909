using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary>Reads admin pages the way a browser would submit or a person would scan them.</summary>
internal static partial class AdminHtml
{
    /// <summary>The names in the first column of a list's rows, in the order shown.</summary>
    public static List<string> RowNames(string html) =>
        [.. RowName().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    /// <summary>
    /// What the page's forms would post as they stand: text and hidden inputs, ticked boxes and radios,
    /// textareas and the selected option of each select.
    /// </summary>
    public static Dictionary<string, string> FormFields(string html)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in Input().Matches(html))
        {
            var attributes = Attributes(input.Value);
            var type = attributes.GetValueOrDefault("type", "text");
            if (!attributes.TryGetValue("name", out var name) || ((type is "checkbox" or "radio") && !attributes.ContainsKey("checked")))
            {
                continue;
            }

            fields[name] = attributes.GetValueOrDefault("value", string.Empty);
        }

        foreach (Match textarea in Textarea().Matches(html))
        {
            fields[Attributes(textarea.Groups[1].Value)["name"]] = WebUtility.HtmlDecode(textarea.Groups[2].Value);
        }

        foreach (Match select in Select().Matches(html))
        {
            var selected = Option().Matches(select.Groups[2].Value).FirstOrDefault(o => o.Value.Contains("selected", StringComparison.Ordinal))
                ?? Option().Match(select.Groups[2].Value);
            fields[Attributes(select.Groups[1].Value)["name"]] = Attributes(selected.Value)["value"];
        }

        fields.Remove("__RequestVerificationToken");
        return fields;
    }

    private static Dictionary<string, string> Attributes(string tag) =>
        Attribute().Matches(tag).DistinctBy(m => m.Groups[1].Value).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));

    [GeneratedRegex("<th scope=\"row\">\\s*<a href=\"[^\"]+\">([^<]+)</a>")]
    private static partial Regex RowName();

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("<textarea\\b([^>]*)>([^<]*)</textarea>")]
    private static partial Regex Textarea();

    [GeneratedRegex("<select\\b([^>]*)>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option\\b[^>]*>")]
    private static partial Regex Option();

    [GeneratedRegex("([a-zA-Z_:][-a-zA-Z0-9_:.]*)=\"([^\"]*)\"")]
    private static partial Regex Attribute();
}
