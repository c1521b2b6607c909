namespace Portal.Host.Pages.Shared;

/// <summary>How payments read on the customer's and the merchant's pages alike.</summary>
public static class BillingText
{
    /// <summary>The amount in the page's language; a refund is money coming back, shown negative.</summary>
    public static string Amount(TransactionDto transaction) =>
        MoneyText.Format(new Money(transaction.IsRefund ? -transaction.Total : transaction.Total, Currency.Of(transaction.Currency)), CultureInfo.CurrentUICulture);

    /// <summary>What a payment is for, in the page's language.</summary>
    public static string Describe(ChargeText description) => description.In(PageLanguage.Current);

    /// <summary>Why the card was declined, in the page's language: for a failed payment, null for anything else.</summary>
    public static string? DeclineReason(TransactionDto transaction) =>
        transaction is { IsRefund: false, FailureCode: { } code } ? ChargeTexts.DeclineReason(code, PageLanguage.Current) : null;
}
