using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Identity.Application.Businesses.ListBusinesses;

/// <summary>Every business of the platform, newest first: what operators see.</summary>
public sealed record ListBusinessesQuery : IQuery<IReadOnlyList<BusinessSummaryDto>>;

public sealed record BusinessSummaryDto(BusinessId BusinessId, string Name, string? Country, string? Currency, DateTimeOffset CreatedAt, int TeamSize);
