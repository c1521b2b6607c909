using Microsoft.AspNetCore.Http;

namespace Portal.Host.Pages.Admin;

/// <summary>
/// The page of a list shown (from 1) and whether another follows. The page number is read by hand:
/// "page" is also Razor Pages' own route value.
/// </summary>
public sealed record PagerLinks(int Page, bool HasNext, Func<int, string> Href)
{
    public const int MaxPage = 10_000;

    public static int PageFrom(IQueryCollection query) =>
        int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? Math.Clamp(number, 1, MaxPage) : 1;

    public static string? PageValue(int page) => page == 1 ? null : page.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Whether a row follows a full page, without counting the list: the next page's first row, read as
    /// a page of one. (Reading one row more than a page would not do: the modules skip page × size rows,
    /// so page 2 of 26 would start at row 27 and row 26 would be on no page.)
    /// </summary>
    public static async Task<bool> HasNextAsync<TItem>(int shown, int page, int pageSize, Func<int, int, Task<IReadOnlyList<TItem>>> read) =>
        shown == pageSize && (await read(page * pageSize, 1)).Count > 0;
}
