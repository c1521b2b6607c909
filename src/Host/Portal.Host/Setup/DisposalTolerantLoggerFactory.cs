using Microsoft.Extensions.Logging.Abstractions;

namespace Portal.Host.Setup;

/// <summary>
/// Hangfire keeps its log provider in a static. When a host stops while another host of the same
/// process keeps running (the test suite runs several), the static would point at a disposed logger
/// factory and break the survivor's job fetches; this wrapper turns that into "no logging" instead.
/// </summary>
internal sealed class DisposalTolerantLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName)
    {
        try
        {
            return inner.CreateLogger(categoryName);
        }
        catch (ObjectDisposedException)
        {
            return NullLogger.Instance;
        }
    }

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose()
    {
        // The host owns and disposes the inner factory.
    }
}
