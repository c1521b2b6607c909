namespace Portal.Modules.Identity.Contracts.Businesses;

/// <summary>Every business of the platform, newest first: what operators see.</summary>
public sealed record ListBusinessesQuery : IQuery<IReadOnlyList<BusinessSummaryDto>>;

public sealed record BusinessSummaryDto(BusinessId BusinessId, string Name, string? Country, string? Currency, DateTimeOffset CreatedAt, int TeamSize);
