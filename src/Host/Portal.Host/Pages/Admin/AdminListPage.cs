using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Portal.Host.Pages.Admin;

/// <summary>
/// A list of the mode shown read a page at a time (25 rows), with the notice a form left for it after
/// saving ("'Pro' is created."). Whether another page follows is read, not counted (<see cref="PagerLinks.HasNextAsync"/>).
/// </summary>
public abstract class AdminListPage<TItem> : AdminPageModel
{
    public const int PageSize = 25;

    public IReadOnlyList<TItem> Items { get; private set; } = [];

    public PagerLinks Pager { get; private set; } = null!;

    /// <summary>What just happened, as a resource key with the name of the record it happened to (after a redirect).</summary>
    [TempData(Key = ListNotice.KeyName)]
    public string? Notice { get; set; }

    [TempData(Key = ListNotice.NameName)]
    public string? NoticeName { get; set; }

    /// <summary>The list's own path; the mode switch starts it afresh in the other mode.</summary>
    protected abstract string ListPath { get; }

    public override string ModeSwitchPath => ListPath;

    /// <summary>Reads rows <paramref name="count"/> at a time; <paramref name="pageNumber"/> counts from 0.</summary>
    protected async Task<IActionResult> ShowPageAsync(Func<int, int, Task<IReadOnlyList<TItem>>> read)
    {
        var page = PagerLinks.PageFrom(Request.Query);
        Items = await read(page - 1, PageSize);
        Pager = new PagerLinks(page, await PagerLinks.HasNextAsync(Items.Count, page, PageSize, read), number => AdminHref(ListPath, ("page", PagerLinks.PageValue(number))));
        return Page();
    }
}

/// <summary>How a form leaves its notice for the list it returns to.</summary>
public static class ListNotice
{
    public const string KeyName = "ListNotice";
    public const string NameName = "ListNoticeName";

    public static void Set(ITempDataDictionary tempData, string key, string name)
    {
        tempData[KeyName] = key;
        tempData[NameName] = name;
    }
}
