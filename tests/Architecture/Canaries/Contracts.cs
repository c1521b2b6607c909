using Hangfire;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Identity.Domain.Customers;

// Rule 2 canaries: a fake contracts assembly.
namespace Portal.Tests.Architecture.Canaries.Contracts;

/// <summary>Violation: EF Core in a contract.</summary>
public sealed record ContractLeakingEntityFramework(DbContextOptions Options);

/// <summary>Violation: a BuildingBlocks (non-contracts) domain type in a contract.</summary>
public sealed record ContractLeakingASharedDomainType(Money Price);

/// <summary>Violation: ASP.NET Core in a contract.</summary>
public sealed record ContractLeakingAspNetCore(PathString Path);

/// <summary>Violation: Hangfire in a contract.</summary>
public sealed record ContractLeakingHangfire(IBackgroundJobClient Jobs);

/// <summary>Violation: a module's implementation type in a contract.</summary>
internal sealed record ContractLeakingAModuleImplementation(Customer Customer);

/// <summary>Allowed: BCL, Portal.BuildingBlocks.Contracts and MediatR's request interfaces.</summary>
public sealed record CleanContractCommand(string Name, Mode Mode) : ICommand;

/// <summary>Allowed: an integration event of BCL types.</summary>
public sealed record CleanContractIntegrationEvent(Guid EventId, DateTimeOffset OccurredOnUtc, string CustomerId)
    : IntegrationEvent(EventId, OccurredOnUtc);
