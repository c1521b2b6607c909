using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;

namespace Portal.Tests.Integration;

public sealed class PrefixedIdTests
{
    [Fact]
    public void New_ids_carry_their_prefix_and_130_random_bits()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => PrefixedId.New<CustomerId>().Value).ToList();

        Assert.All(ids, id => Assert.Matches("^cus_[0-9a-hjkmnp-tv-z]{26}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("cus_abcdefgh", true)]
    [InlineData("cus_ABCdef123456", true)]
    [InlineData("bus_abcdefgh", false)]
    [InlineData("cus_short", false)]
    [InlineData("cus_has-dash-inside", false)]
    [InlineData("cus_", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Parses_only_well_formed_ids_of_its_own_kind(string? value, bool valid)
    {
        Assert.Equal(valid, PrefixedId.TryParse<CustomerId>(value, out var id));
        Assert.Equal(valid ? value : null, id.Value);
    }

    [Fact]
    public void Cuts_times_to_the_microseconds_postgresql_stores()
    {
        var time = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero).AddTicks(1_234_567);

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero).AddTicks(1_234_560), time.ToStoredPrecision());
    }
}
