namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>A billing address as typed: country is an ISO 3166-1 alpha-2 code; the rest is optional.</summary>
public sealed record BillingAddressInput(string? Country, string? State, string? City, string? Street, string? Zipcode);
