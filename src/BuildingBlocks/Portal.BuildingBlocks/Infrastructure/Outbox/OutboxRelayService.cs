using Microsoft.Extensions.Hosting;

namespace Portal.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Runs the relay in the background: right after a save signals new outbox rows, and on a short sweep
/// for rows committed inside explicit transactions or left by an instance that stopped.
/// </summary>
public sealed partial class OutboxRelayService(OutboxRelay relay, OutboxSignal signal, ILogger<OutboxRelayService> logger)
    : BackgroundService
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(SweepInterval, stoppingToken);
                while (await relay.DispatchPendingAsync(stoppingToken) > 0)
                {
                }
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
