using Microsoft.Extensions.Hosting;

namespace Portal.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Runs the relay in the background: right after a save signals new outbox rows, for the modules that wrote
/// them, and on the signal's sweep of every module.
/// </summary>
public sealed partial class OutboxRelayService(OutboxRelay relay, OutboxSignal signal, ILogger<OutboxRelayService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var written = await signal.WaitAsync(OutboxSignal.SweepInterval, stoppingToken);
                await (written is null ? relay.DispatchPendingAsync(stoppingToken) : relay.DispatchPendingAsync(written, stoppingToken));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogRelayFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox relay pass failed; retrying at the next sweep")]
    private static partial void LogRelayFailed(ILogger logger, Exception exception);
}
