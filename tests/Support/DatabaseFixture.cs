using Xunit;

namespace Portal.Tests.Support;

/// <summary>One cloned database and one host per test class (xunit class fixture).</summary>
public class DatabaseFixture : IAsyncLifetime
{
    private readonly bool _useKestrel;

    public DatabaseFixture()
        : this(useKestrel: false)
    {
    }

    protected DatabaseFixture(bool useKestrel) => _useKestrel = useKestrel;

    /// <summary>Extra configuration for the host, for fixtures that bring a server of their own.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    public PortalFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Factory = new PortalFactory(await TestPostgres.CloneTemplateAsync(), _useKestrel, Settings);
        if (_useKestrel)
        {
            Factory.StartServer();
        }
        else
        {
            _ = Factory.Server;
        }
    }

    public virtual async Task DisposeAsync()
    {
        var connectionString = Factory.ConnectionString;
        await Factory.DisposeAsync();
        await TestPostgres.DropAsync(connectionString);
    }
}

/// <summary>The same, served by Kestrel on a loopback port, for real browsers and the Node SDK.</summary>
public sealed class KestrelDatabaseFixture() : DatabaseFixture(useKestrel: true);

