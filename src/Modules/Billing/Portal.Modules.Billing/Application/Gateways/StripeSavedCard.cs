namespace Portal.Modules.Billing.Application.Gateways;

/// <summary>What a completed card setup gives us to save: Stripe's ids and the card's displayable details, never its number.</summary>
internal sealed record StripeSavedCard(string StripeCustomerReference, string PaymentMethodReference, CardDetails Card);
