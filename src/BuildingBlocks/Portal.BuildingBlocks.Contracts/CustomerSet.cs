namespace Portal.BuildingBlocks.Contracts;

/// <summary>A customer at its business: one of the customers an email is at several businesses.</summary>
public readonly record struct BusinessCustomer(BusinessId BusinessId, CustomerId CustomerId) : IComparable<BusinessCustomer>
{
    public int CompareTo(BusinessCustomer other)
    {
        var byBusiness = string.CompareOrdinal(BusinessId.Value, other.BusinessId.Value);
        return byBusiness != 0 ? byBusiness : string.CompareOrdinal(CustomerId.Value, other.CustomerId.Value);
    }
}

/// <summary>
/// The customers one email is at several businesses, as the unified portal's queries name them. Two sets holding the
/// same customers are equal in whatever order they were given, so a query naming them can key a cached answer (ADR 0019).
/// </summary>
public sealed class CustomerSet : IReadOnlyCollection<BusinessCustomer>, IEquatable<CustomerSet>
{
    private readonly BusinessCustomer[] _customers;
    private readonly int _hashCode;

    public CustomerSet(IEnumerable<BusinessCustomer> customers)
    {
        _customers = [.. customers.Distinct()];
        Array.Sort(_customers);
        var hash = new HashCode();
        foreach (var customer in _customers)
        {
            hash.Add(customer);
        }

        // Asked on every cached read of a query naming the set: worked out once.
        _hashCode = hash.ToHashCode();
    }

    public int Count => _customers.Length;

    /// <summary>The customer ids alone, for a query on one module's rows.</summary>
    public IReadOnlyList<CustomerId> CustomerIds
    {
        get
        {
            var ids = new CustomerId[_customers.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = _customers[i].CustomerId;
            }

            return ids;
        }
    }

    public IEnumerator<BusinessCustomer> GetEnumerator() => ((IEnumerable<BusinessCustomer>)_customers).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(CustomerSet? other) => other is not null && _customers.AsSpan().SequenceEqual(other._customers);

    public override bool Equals(object? obj) => Equals(obj as CustomerSet);

    public override int GetHashCode() => _hashCode;
}
