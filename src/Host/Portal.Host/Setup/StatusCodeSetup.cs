namespace Portal.Host.Setup;

/// <summary>
/// Answers with no body get one: a page for browsers (re-executed at <c>/status/{code}</c>), the API's
/// JSON error for everyone else, so an unknown route is a 404 with a code, never an empty reply.
/// </summary>
internal static class StatusCodeSetup
{
    public static IApplicationBuilder UseStatusCodes(this IApplicationBuilder app)
    {
        app.UseWhen(AcceptsHtml, browser => browser.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseWhen(context => !AcceptsHtml(context), api => api.UseStatusCodePages(async context =>
        {
            var response = context.HttpContext.Response;
            var error = response.StatusCode == StatusCodes.Status404NotFound
                ? ApiError.NotFound
                : new ApiError(response.StatusCode, "REQUEST_REJECTED", $"The request was rejected with status {response.StatusCode}.");
            await response.WriteAsJsonAsync(error);
        }));
        return app;
    }

    private static bool AcceptsHtml(HttpContext context) =>
        context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
