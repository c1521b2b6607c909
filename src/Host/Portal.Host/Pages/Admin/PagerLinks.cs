using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Portal.Host.Pages.Admin;

/// <summary>
/// The page of a list shown (from 1) and whether another follows: the list asks for one row more than it
/// shows to know. The page number is read by hand: "page" is also Razor Pages' own route value.
/// </summary>
public sealed record PagerLinks(int Page, bool HasNext, Func<int, string> Href)
{
    public const int MaxPage = 10_000;

    public static int PageFrom(IQueryCollection query) =>
        int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? Math.Clamp(number, 1, MaxPage) : 1;

    public static string? PageValue(int page) => page == 1 ? null : page.ToString(CultureInfo.InvariantCulture);
}
