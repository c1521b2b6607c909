namespace Portal.BuildingBlocks.Contracts;

/// <summary>Id of one refund of a payment; also the idempotency key the gateway sees for it.</summary>
public readonly record struct RefundId(string Value) : IPrefixedId<RefundId>
{
    public static string Prefix => "rfd";

    public static RefundId FromTrusted(string value) => new(value);

    public override string ToString() => Value;
}
