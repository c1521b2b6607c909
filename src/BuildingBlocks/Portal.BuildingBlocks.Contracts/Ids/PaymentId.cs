namespace Portal.BuildingBlocks.Contracts;

/// <summary>Id of one charge attempt; also the idempotency key we send to the gateway for it.</summary>
public readonly record struct PaymentId(string Value) : IPrefixedId<PaymentId>
{
    public static string Prefix => "pay";

    public static PaymentId FromTrusted(string value) => new(value);

    public override string ToString() => Value;
}
