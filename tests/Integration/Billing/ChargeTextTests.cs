using System.Text.Json;
using Portal.Modules.Billing.Contracts.Payments;

namespace Portal.Tests.Integration.Billing;

/// <summary>What a charge is for: the merchant's words kept as typed, a platform sentence kept as a key and arguments.</summary>
public sealed class ChargeTextTests
{
    [Fact]
    public void A_platform_sentence_is_stored_as_its_key_and_arguments_and_written_in_each_language()
    {
        var renewal = ChargeText.Renewal("Pro");

        var stored = JsonSerializer.Serialize(renewal);
        var read = JsonSerializer.Deserialize<ChargeText>(stored)!;

        Assert.Equal("""{"key":"payment.renewal","arguments":["Pro"]}""", stored);
        Assert.Equal(renewal, read);
        Assert.Equal("Pro — renewal", read.In("en"));
        Assert.Equal("Pro — rinnovo", read.In("it"));
        Assert.Equal("Pro — renewal", read.ToString());
    }

    [Fact]
    public void The_merchants_words_and_descriptions_written_before_read_back_as_typed_in_every_language()
    {
        var typed = ChargeText.Of("Piano Pro — licenza annuale");

        var stored = JsonSerializer.Serialize(typed);
        var before = JsonSerializer.Deserialize<ChargeText>("\"Pro — renewal\"")!;

        Assert.Equal("\"Piano Pro \\u2014 licenza annuale\"", stored);
        Assert.Equal("Piano Pro — licenza annuale", JsonSerializer.Deserialize<ChargeText>(stored)!.In("en"));
        Assert.Equal("Pro — renewal", before.In("it"));
    }

    [Theory]
    [InlineData("insufficient_funds", "The card has insufficient funds.", "La carta non ha fondi sufficienti.")]
    [InlineData("expired_card", "The card has expired.", "La carta è scaduta.")]
    [InlineData("incorrect_cvc", "The card's security code is incorrect.", "Il codice di sicurezza della carta non è corretto.")]
    [InlineData("processing_error", "The card's bank could not be reached. Try again in a few minutes.", "Non è stato possibile contattare la banca della carta. Riprova tra qualche minuto.")]
    [InlineData("stolen_card", "Your bank declined the card.", "La tua banca ha rifiutato la carta.")]
    [InlineData("fraudulent", "Your bank declined the card.", "La tua banca ha rifiutato la carta.")]
    [InlineData(null, "Your bank declined the card.", "La tua banca ha rifiutato la carta.")]
    public void Stripes_decline_codes_read_as_reasons_a_customer_can_act_on_and_the_rest_as_a_plain_decline(string? code, string english, string italian)
    {
        Assert.Equal(english, ChargeTexts.DeclineReason(code, "en"));
        Assert.Equal(italian, ChargeTexts.DeclineReason(code, "it"));
    }
}
