namespace Portal.Host.Pages.Shared;

/// <summary>The <c>?page=N</c> of the customer's paged lists (invoices, subscriptions).</summary>
internal static class PageNumbers
{
    /// <summary>
    /// The page asked for, from 1 as people count; 1 for anything else. Read by hand: "page" is also Razor
    /// Pages' own route value, which model binding would see instead.
    /// </summary>
    public static int Requested(HttpRequest request) =>
        int.TryParse(request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? Math.Clamp(number, 1, 100_000) : 1;
}
