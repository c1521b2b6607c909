namespace Portal.BuildingBlocks.Contracts;

/// <summary>Our id of a saved payment method (the gateway's own reference is kept apart).</summary>
public readonly record struct PaymentMethodId(string Value) : IPrefixedId<PaymentMethodId>
{
    public static string Prefix => "pm";

    public static PaymentMethodId FromTrusted(string value) => new(value);

    public override string ToString() => Value;
}
