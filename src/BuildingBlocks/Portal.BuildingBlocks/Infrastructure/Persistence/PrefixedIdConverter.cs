using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Portal.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Stores a typed id as its text, e.g. <c>cus_…</c>.</summary>
public sealed class PrefixedIdConverter<TId>()
    : ValueConverter<TId, string>(id => id.Value, value => Wrap(value))
    where TId : struct, IPrefixedId<TId>
{
    // Expression trees cannot call static abstract members; a plain static method can.
    private static TId Wrap(string value) => TId.FromTrusted(value);
}
