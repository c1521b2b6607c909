namespace Portal.BuildingBlocks.Contracts;

/// <summary>
/// A typed public id such as <c>cus_…</c>: a prefix naming the kind of record, an underscore, and an
/// opaque random part. Typing the ids stops a customer id being passed where a business id belongs.
/// </summary>
public interface IPrefixedId<TSelf>
    where TSelf : struct, IPrefixedId<TSelf>
{
    static abstract string Prefix { get; }

    string Value { get; }

    /// <summary>Wraps a value already known to be well formed (read from the database).</summary>
    static abstract TSelf FromTrusted(string value);
}
