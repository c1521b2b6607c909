using Microsoft.AspNetCore.Mvc.Filters;

namespace Portal.Host.Security;

/// <summary>
/// Keeps a page out of every cache (<c>Cache-Control: no-store</c>): the customer's pages show personal
/// data, invoices and license keys, which a shared computer's browser history or a proxy must not keep.
/// Set before the page runs, so its redirects carry it too.
/// </summary>
internal sealed class NoStoreFilter : IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context) =>
        context.HttpContext.Response.Headers.CacheControl = "no-store";

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
