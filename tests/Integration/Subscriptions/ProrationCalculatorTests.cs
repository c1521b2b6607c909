using Portal.BuildingBlocks.Domain;
using Portal.Modules.Subscriptions.Contracts.PlanChanges;
using Portal.Modules.Subscriptions.Domain.PlanChanges;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary>
/// The proration table (ADR 0015) with exact amounts: each mode, upgrades and downgrades, the start,
/// the middle and the last second of a period, 31- and 28-day months, a zero-decimal currency, quantity,
/// and the exact halves that round to even.
/// </summary>
public sealed class ProrationCalculatorTests
{
    // January 2027: 31 days = 2 678 400 s. February 2027: 28 days = 2 419 200 s.
    private static readonly DateTimeOffset January = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset February = new(2027, 2, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset March = new(2027, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public static IEnumerable<object[]> Table() =>
    [
        // case, from price, from qty, to price, to qty, currency, tax bp, mode, month, seconds left, charge, charge tax, credit (tax incl.), restarts
        ["upgrade on day 1", 1_000, 1, 2_500, 1, "EUR", 2_200, "prorated_immediately", "jan", 2_678_400, 1_500, 330, 0, false],
        ["upgrade mid-period", 1_000, 1, 2_500, 1, "EUR", 2_200, "prorated_immediately", "jan", 1_339_200, 750, 165, 0, false],
        ["upgrade 10 days before the end of a 31-day month", 1_000, 1, 2_500, 1, "EUR", 2_200, "prorated_immediately", "jan", 864_000, 484, 106, 0, false],
        ["upgrade 10 days before the end of a 28-day month", 1_000, 1, 2_500, 1, "EUR", 2_200, "prorated_immediately", "feb", 864_000, 536, 118, 0, false],
        ["upgrade 1 second before the end", 1_000, 1, 10_001_000, 1, "EUR", 2_200, "prorated_immediately", "jan", 1, 4, 1, 0, false],
        ["small upgrade 1 second before the end rounds to nothing", 1_000, 1, 2_500, 1, "EUR", 2_200, "prorated_immediately", "jan", 1, 0, 0, 0, false],
        ["upgrade after the period ended", 1_000, 1, 2_500, 1, "EUR", 2_200, "prorated_immediately", "jan", -60, 0, 0, 0, false],
        ["downgrade mid-period credits the rest with its tax", 2_500, 1, 1_000, 1, "EUR", 2_200, "prorated_immediately", "jan", 1_339_200, 0, 0, 915, false],
        ["downgrade in a 28-day month", 2_500, 1, 1_000, 1, "EUR", 2_200, "prorated_immediately", "feb", 864_000, 0, 0, 654, false],
        ["quantity multiplies", 1_000, 3, 2_500, 3, "EUR", 2_200, "prorated_immediately", "jan", 1_339_200, 2_250, 495, 0, false],
        ["more seats of the same plan", 1_000, 1, 1_000, 4, "EUR", 2_200, "prorated_immediately", "jan", 1_339_200, 1_500, 330, 0, false],
        ["half rounds to even (down)", 1_000, 1, 2_001, 1, "EUR", 0, "prorated_immediately", "jan", 1_339_200, 500, 0, 0, false],
        ["half rounds to even (up)", 1_000, 1, 2_003, 1, "EUR", 0, "prorated_immediately", "jan", 1_339_200, 502, 0, 0, false],
        ["half of a credit rounds to even", 2_001, 1, 1_000, 1, "EUR", 0, "prorated_immediately", "jan", 1_339_200, 0, 0, 500, false],
        ["JPY rounds to whole yen", 1_000, 1, 3_000, 1, "JPY", 1_000, "prorated_immediately", "jan", 864_000, 645, 65, 0, false],
        ["JPY downgrade credit", 3_000, 1, 1_000, 1, "JPY", 1_000, "prorated_immediately", "jan", 864_000, 0, 0, 710, false],
        ["full upgrade charges the new price and restarts", 1_000, 1, 2_500, 1, "EUR", 2_200, "full_immediately", "jan", 1_339_200, 2_500, 550, 0, true],
        ["full downgrade charges the new price, no credit", 2_500, 1, 1_000, 2, "EUR", 2_200, "full_immediately", "jan", 1_339_200, 2_000, 440, 0, true],
        ["difference upgrade", 1_000, 1, 2_500, 1, "EUR", 2_200, "difference_immediately", "jan", 1_339_200, 1_500, 330, 0, false],
        ["difference downgrade credits the whole difference", 2_500, 1, 1_000, 1, "EUR", 2_200, "difference_immediately", "jan", 1, 0, 0, 1_830, false],
        ["do not bill an upgrade", 1_000, 1, 2_500, 1, "EUR", 2_200, "do_not_bill", "jan", 1_339_200, 0, 0, 0, false],
        ["do not bill a downgrade", 2_500, 1, 1_000, 1, "EUR", 2_200, "do_not_bill", "jan", 1_339_200, 0, 0, 0, false],
    ];

    [Theory]
    [MemberData(nameof(Table))]
    public void Prices_a_plan_change_exactly(
        string @case, long fromPrice, int fromQuantity, long toPrice, int toQuantity, string currencyCode, int taxBasisPoints, string mode, string month,
        long secondsLeft, long charge, long chargeTax, long credit, bool restarts)
    {
        var currency = Currency.Of(currencyCode);
        var (start, end) = month == "jan" ? (January, February) : (February, March);

        var quote = ProrationCalculator.Quote(
            new PlanTerms(fromPrice, fromQuantity, taxBasisPoints), new PlanTerms(toPrice, toQuantity, taxBasisPoints), ProrationModes.Parse(mode), currency,
            start, end, end.AddSeconds(-secondsLeft));

        Assert.True(
            (charge, chargeTax, credit, restarts) == (quote.Charge.MinorUnits, quote.ChargeTax.MinorUnits, quote.Credit.MinorUnits, quote.RestartsPeriod),
            $"{@case}: expected {(charge, chargeTax, credit, restarts)}, got {(quote.Charge.MinorUnits, quote.ChargeTax.MinorUnits, quote.Credit.MinorUnits, quote.RestartsPeriod)}");
        Assert.Equal(currency, quote.Charge.Currency);
    }

    [Fact]
    public void A_charge_is_taxed_at_the_new_rate_and_a_credit_carries_the_old_one()
    {
        var upgrade = ProrationCalculator.Quote(
            new PlanTerms(1_000, 1, 0), new PlanTerms(2_000, 1, 2_200), ProrationMode.DifferenceImmediately, Currency.Of("EUR"), January, February, January);
        var downgrade = ProrationCalculator.Quote(
            new PlanTerms(2_000, 1, 2_200), new PlanTerms(1_000, 1, 0), ProrationMode.DifferenceImmediately, Currency.Of("EUR"), January, February, January);

        Assert.Equal((1_000, 220), (upgrade.Charge.MinorUnits, upgrade.ChargeTax.MinorUnits));
        Assert.Equal(1_220, downgrade.Credit.MinorUnits);
    }

    [Fact]
    public void Refuses_a_mode_Dodo_does_not_have()
    {
        var error = Assert.Throws<DomainException>(() => ProrationModes.Parse("prorated_next_billing_date"));

        Assert.Equal("INVALID_PRORATION_MODE", error.Error.Code);
    }
}
