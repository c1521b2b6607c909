namespace Portal.BuildingBlocks.Contracts;

public readonly record struct InvoiceId(string Value) : IPrefixedId<InvoiceId>
{
    public static string Prefix => "inv";

    public static InvoiceId FromTrusted(string value) => new(value);

    public override string ToString() => Value;
}
