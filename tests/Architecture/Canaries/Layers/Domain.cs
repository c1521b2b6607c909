using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Tests.Architecture.Canaries.Layers.Application;

// Rule 4 canaries: the Domain of a fake module rooted at Portal.Tests.Architecture.Canaries.Layers.
namespace Portal.Tests.Architecture.Canaries.Layers.Domain;

/// <summary>Violation: a domain type that queries with EF Core.</summary>
internal sealed class InvoiceThatQueriesWithEntityFramework
{
    public static Task<int> CountAsync(IQueryable<InvoiceThatQueriesWithEntityFramework> invoices) => invoices.CountAsync();
}

/// <summary>Violation: a domain type that sends through MediatR.</summary>
internal sealed class InvoiceThatSendsThroughMediatR(IMediator mediator)
{
    public IMediator Mediator { get; } = mediator;
}

/// <summary>Violation: a domain type that knows its module's application layer.</summary>
internal static class InvoiceThatKnowsItsUseCase
{
    public static Type UseCase => typeof(RecordInvoiceService);
}

/// <summary>Violation: a dependency outside the allowed list (logging is not the BCL).</summary>
internal sealed class InvoiceThatLogs(ILogger<InvoiceThatLogs> logger)
{
    public ILogger Logger { get; } = logger;
}

/// <summary>Allowed: the BCL, BuildingBlocks' domain types and the shared-kernel Mode.</summary>
internal sealed class CleanInvoice : AggregateRoot
{
    public BusinessId BusinessId { get; private set; }

    public Mode Mode { get; private set; }

    public Money Total { get; private set; }

    public IReadOnlyList<string> Lines { get; private set; } = [];
}
