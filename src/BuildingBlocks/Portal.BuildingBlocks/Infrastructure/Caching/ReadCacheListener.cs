using Microsoft.Extensions.Hosting;

namespace Portal.BuildingBlocks.Infrastructure.Caching;

/// <summary>
/// Holds one connection that LISTENs on <see cref="ReadCache.Channel"/>, where the modules' triggers say which
/// scope a committed change touched (ADR 0019). The cache serves only while this connection is up; when it
/// drops, the cache forgets everything and reads go to the database until it is back. The first connection
/// is made while the host starts, so a started host serves from the cache at once.
/// </summary>
internal sealed partial class ReadCacheListener(
    ReadCache cache, ListenerConnection source, IOptions<ReadCacheOptions> options, TimeProvider time, ILogger<ReadCacheListener> logger)
    : BackgroundService
{
    private NpgsqlConnection? _first;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _first = await ListenAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or IOException or TimeoutException)
        {
            LogListenerLost(logger, exception.GetType().Name, options.Value.ReconnectDelay.TotalSeconds);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var connection = _first ?? await ListenAsync(stoppingToken);
                _first = null;
                await using (connection)
                {
                    try
                    {
                        while (true)
                        {
                            await connection.WaitAsync(stoppingToken);
                        }
                    }
                    finally
                    {
                        cache.StopServing();
                    }
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested && exception is NpgsqlException or IOException or TimeoutException)
            {
                LogListenerLost(logger, exception.GetType().Name, options.Value.ReconnectDelay.TotalSeconds);
                await Task.Delay(options.Value.ReconnectDelay, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
    }

    public override void Dispose()
    {
        _first?.Dispose();
        base.Dispose();
    }

    private async Task<NpgsqlConnection> ListenAsync(CancellationToken cancellationToken)
    {
        var connection = await source.DataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            connection.Notification += (_, notification) => cache.OnChange(notification.Payload);
            await using (var command = new NpgsqlCommand($"LISTEN {ReadCache.Channel}", connection))
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            cache.StartServing();
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The read cache lost its notification connection ({Error}); it serves nothing until it listens again in {DelaySeconds} s")]
    private static partial void LogListenerLost(ILogger logger, string error, double delaySeconds);
}

/// <summary>The listener's own unpooled connection source: a LISTENing connection must never go back to the pool.</summary>
internal sealed class ListenerConnection(string connectionString) : IDisposable
{
    public NpgsqlDataSource DataSource { get; } = NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 30 });

    public void Dispose() => DataSource.Dispose();
}
