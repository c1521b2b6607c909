using Npgsql;
using Portal.BuildingBlocks.Infrastructure;

namespace Portal.Tests.Integration;

public sealed class ConnectionDefaultsTests
{
    [Fact]
    public void A_plain_connection_string_gets_prepared_statements_kept_across_pool_returns()
    {
        var settings = new NpgsqlConnectionStringBuilder(
            PortalServiceCollectionExtensions.WithPortalDefaults("Host=db;Username=portal;Database=portal"));

        Assert.Equal(64, settings.MaxAutoPrepare);
        Assert.Equal(2, settings.AutoPrepareMinUsages);
        Assert.True(settings.NoResetOnClose);
        Assert.Equal("db", settings.Host);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false;Auto Prepare Min Usages=5")]
    [InlineData("Host=db;maxautoprepare=0;noresetonclose=false;autoprepareminusages=5")]
    public void What_the_connection_string_says_wins(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(PortalServiceCollectionExtensions.WithPortalDefaults(connectionString));

        Assert.Equal(0, settings.MaxAutoPrepare);
        Assert.Equal(5, settings.AutoPrepareMinUsages);
        Assert.False(settings.NoResetOnClose);
    }
}
