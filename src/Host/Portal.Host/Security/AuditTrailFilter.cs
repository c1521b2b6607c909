using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Portal.Modules.Identity.Contracts.Audit;

namespace Portal.Host.Security;

/// <summary>
/// Records every change a merchant user or an operator makes, on every POST of the admin and operators'
/// areas that succeeds: who (from the cookie), when, what (the page and its handler, with the ids and values
/// posted, never a password or a token), and for the admin area the business and the mode. Being one filter
/// on the two folders, no page can forget it. A refused POST (4xx) changed nothing and is not recorded.
/// </summary>
internal sealed class AuditTrailFilter(ISender sender) : IAsyncPageFilter
{
    /// <summary>Puts the filter on every page of the given folders.</summary>
    public static void AddTo(PageConventionCollection conventions, params string[] folders)
    {
        foreach (var folder in folders)
        {
            conventions.AddFolderApplicationModelConvention(folder, model => model.Filters.Add(new ServiceFilterAttribute(typeof(AuditTrailFilter))));
        }
    }

    private const int MaxValueLength = 120;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            || executed.Exception is not null
            || http.Response.StatusCode >= StatusCodes.Status400BadRequest
            || executed.Result is IStatusCodeActionResult { StatusCode: >= StatusCodes.Status400BadRequest }
            || !Guid.TryParse(http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var actorId))
        {
            return;
        }

        var admin = context.HandlerInstance as AdminPageModel;
        await sender.SendAsync(
            new RecordAuditEntryCommand(
                admin?.BusinessId,
                admin?.Mode,
                ByOperator: admin is null,
                actorId,
                http.User.Identity?.Name ?? string.Empty,
                ActionOf(context),
                await DetailsOfAsync(context)),
            http.RequestAborted);
    }

    /// <summary><c>/Admin/Customers/Details</c> with handler <c>Refund</c> → <c>customers/details.refund</c>.</summary>
    private static string ActionOf(PageHandlerExecutingContext context)
    {
        var page = context.ActionDescriptor.ViewEnginePath.Split('/', 3)[2].ToLowerInvariant();
        var handler = context.HandlerMethod?.Name?.ToLowerInvariant() ?? "post";
        return $"{page}.{handler}";
    }

    private static async Task<string> DetailsOfAsync(PageHandlerExecutingContext context)
    {
        var values = context.RouteData.Values
            .Where(v => v.Key is not ("page" or "handler") && v.Value is not null)
            .Select(v => (v.Key, Value: v.Value!.ToString() ?? string.Empty))
            .ToList();
        if (context.HttpContext.Request.HasFormContentType)
        {
            var form = await context.HttpContext.Request.ReadFormAsync(context.HttpContext.RequestAborted);
            values.AddRange(form.Where(f => !IsSecret(f.Key)).Select(f => (f.Key, Value: f.Value.ToString())));
        }

        return string.Join("; ", values.Select(v => $"{v.Key}={(v.Value.Length > MaxValueLength ? v.Value[..MaxValueLength] + "…" : v.Value)}"));
    }

    private static bool IsSecret(string field) =>
        field.StartsWith("__", StringComparison.Ordinal)
        || field.Contains("password", StringComparison.OrdinalIgnoreCase)
        || field.Contains("token", StringComparison.OrdinalIgnoreCase);
}
