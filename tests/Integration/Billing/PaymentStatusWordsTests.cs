using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Host;
using Portal.Modules.Billing.Application.Payments;
using Portal.Modules.Billing.Domain.Payments;
using Portal.Tests.Support;

namespace Portal.Tests.Integration.Billing;

/// <summary>Every status a payment can have is put in words on the customer's invoices and in the admin area, in English and Italian.</summary>
public sealed class PaymentStatusWordsTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    public static TheoryData<string> Languages => ["en", "it"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_payment_status_has_words_for_customers_and_merchants(string language)
    {
        var customers = Factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var merchants = Factory.Services.GetRequiredService<IStringLocalizer<AdminResource>>();
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var missing = Enum.GetValues<PaymentStatus>()
                .Select(PaymentStatusText.Of)
                .SelectMany(status => new[] { customers["Invoices.Status." + status], merchants["Payments.Status." + status] })
                .Where(words => words.ResourceNotFound)
                .Select(words => words.Name);

            Assert.Empty(missing);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
