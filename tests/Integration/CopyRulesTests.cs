using Portal.BuildingBlocks.Application;
using Portal.BuildingBlocks.Application.Email;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;

namespace Portal.Tests.Integration;

/// <summary>
/// How counted, taxed and Italian sentences read (issue 20's copy fixes): one plural rule for every counted text, Italian's
/// elisions once a date or a name is in, and an amount announced to a customer with its tax, as it is charged.
/// </summary>
public sealed class CopyRulesTests
{
    [Theory]
    [InlineData("Si rinnova il 8 dic 2026", "Si rinnova l'8 dic 2026")]
    [InlineData("Terminato il 11 mar 2027", "Terminato l'11 mar 2027")]
    [InlineData("Mantieni l'accesso fino al 8 gen 2027.", "Mantieni l'accesso fino all'8 gen 2027.")]
    [InlineData("Valida dal 11 feb", "Valida dall'11 feb")]
    [InlineData("Il 8 gen si rinnova", "L'8 gen si rinnova")]
    [InlineData("Si rinnova il 18 dic 2026", "Si rinnova il 18 dic 2026")]
    [InlineData("Si rinnova il 1 dic 2026", "Si rinnova il 1 dic 2026")]
    [InlineData("Si rinnova il 80", "Si rinnova il 80")]
    [InlineData("Il tuo pagamento a Acme Software non è andato a buon fine", "Il tuo pagamento ad Acme Software non è andato a buon fine")]
    [InlineData("Accedi a Globex Studio", "Accedi a Globex Studio")]
    [InlineData("Torna a alpha.example", "Torna ad alpha.example")]
    [InlineData("La casa Acme e la pagina Alpha", "La casa Acme e la pagina Alpha")]
    public void Italian_elides_before_a_date_read_with_a_vowel_and_says_ad_before_an_a(string written, string read) =>
        Assert.Equal(read, ItalianText.Polish(written));

    [Theory]
    [InlineData(1, "limit.one")]
    [InlineData(0, "limit.other")]
    [InlineData(2, "limit.other")]
    [InlineData(21, "limit.other")]
    public void A_counted_text_takes_its_one_form_for_exactly_one(long count, string key) =>
        Assert.Equal(key, Plurals.Key("limit", count));

    [Theory]
    [InlineData(1_900, 2_200, 418)]
    [InlineData(1_000, 2_200, 220)]
    [InlineData(1_025, 2_200, 226)] // 225.5 → 226, halves away from zero like every invoice line
    [InlineData(1_000, 0, 0)]
    public void Tax_is_rounded_as_an_invoice_line_is(long amount, int basisPoints, long tax) =>
        Assert.Equal(tax, new Money(amount, Currency.Of("EUR")).TaxAt(basisPoints).MinorUnits);

    [Fact]
    public void An_italian_email_is_polished_once_its_values_are_in_and_an_english_one_is_left_as_written()
    {
        var italian = Email("it", "Il tuo pagamento a Acme Software non è andato a buon fine", "Riproveremo il 8 gen.").Compose();
        var english = Email("en", "Your payment to Acme a Alpha", "We will try again on 8 Jan.").Compose();

        Assert.Equal("Il tuo pagamento ad Acme Software non è andato a buon fine", italian.Subject);
        Assert.Contains("Riproveremo l'8 gen.", italian.TextBody, StringComparison.Ordinal);
        Assert.Equal("Your payment to Acme a Alpha", english.Subject);
    }

    private static BrandedEmail Email(string language, string subject, string paragraph) =>
        new("ada@example.com", language, subject, "Acme Software", "#0f766e", "#ffffff", null, [paragraph]);
}
