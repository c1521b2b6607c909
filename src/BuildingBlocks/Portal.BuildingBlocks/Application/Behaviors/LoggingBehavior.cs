using MediatR;
using System.Diagnostics;

namespace Portal.BuildingBlocks.Application.Behaviors;

/// <summary>
/// Logs each request by name, duration and outcome. Never the request itself: commands can carry
/// emails, tokens or card data, and logs must not.
/// </summary>
public sealed partial class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            LogHandled(logger, typeof(TRequest).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (DomainException exception)
        {
            LogRefused(logger, typeof(TRequest).Name, exception.Error.Code, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Request} handled in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string request, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} refused with {Code} in {ElapsedMs:0.0} ms")]
    private static partial void LogRefused(ILogger logger, string request, string code, double elapsedMs);
}
