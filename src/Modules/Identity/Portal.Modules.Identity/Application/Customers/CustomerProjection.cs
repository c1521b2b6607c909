using System.Linq.Expressions;

namespace Portal.Modules.Identity.Application.Customers;

/// <summary>The one mapping from the entity to <see cref="CustomerDto"/>, usable in SQL projections and in memory.</summary>
internal static class CustomerProjection
{
    public static readonly Expression<Func<Customer, CustomerDto>> ToDto =
        c => new CustomerDto(c.Id, c.BusinessId, c.Email, c.Name, c.PhoneNumber, c.Metadata, c.CreatedAt, c.BlockedAt);

    public static readonly Func<Customer, CustomerDto> FromEntity = ToDto.Compile();
}
