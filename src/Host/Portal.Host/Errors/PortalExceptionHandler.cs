using Microsoft.AspNetCore.Diagnostics;

namespace Portal.Host.Errors;

/// <summary>
/// Turns what a caller can cause into its status and code: JSON for the API, the friendly error page
/// for pages. Anything else is our fault: logged with its stack, answered with a 500 and no details.
/// </summary>
internal sealed partial class PortalExceptionHandler(ILogger<PortalExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var error = ApiError.From(exception);
        if (error is null)
        {
            LogUnhandled(logger, httpContext.Request.Method, httpContext.Request.Path, exception);
            error = new ApiError(StatusCodes.Status500InternalServerError, "INTERNAL_ERROR", "Something went wrong on our side. Please try again.");
        }

        httpContext.Response.StatusCode = error.Status;
        if (IsPage(httpContext))
        {
            // Re-executed by the exception handler middleware as the error page, which reads the code.
            httpContext.Items[Pages.ErrorPageModel.ErrorCodeKey] = error.Code;
            return false;
        }

        if (error.Status == StatusCodes.Status409Conflict && error.Code != "CONCURRENT_UPDATE")
        {
            // Deterministic conflicts: tell the Dodo SDK not to retry them (it retries 409 by default).
            httpContext.Response.Headers["x-should-retry"] = "false";
        }

        await httpContext.Response.WriteAsJsonAsync(error, cancellationToken);
        return true;
    }

    private static bool IsPage(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<CompiledPageActionDescriptor>() is not null;

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled failure on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, string method, PathString path, Exception exception);
}
