using System.Linq.Expressions;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Identity.Domain.Customers;

namespace Portal.Modules.Identity.Application.Customers;

public sealed record CustomerDto(
    CustomerId CustomerId,
    BusinessId BusinessId,
    string Email,
    string Name,
    string? PhoneNumber,
    IReadOnlyDictionary<string, string> Metadata,
    DateTimeOffset CreatedAt,
    DateTimeOffset? BlockedAt)
{
    /// <summary>The one mapping from the entity, usable in SQL projections and in memory.</summary>
    internal static readonly Expression<Func<Customer, CustomerDto>> Projection =
        c => new CustomerDto(c.Id, c.BusinessId, c.Email, c.Name, c.PhoneNumber, c.Metadata, c.CreatedAt, c.BlockedAt);

    internal static readonly Func<Customer, CustomerDto> FromEntity = Projection.Compile();
}
