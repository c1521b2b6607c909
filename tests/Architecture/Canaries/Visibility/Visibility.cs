using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Contracts.Messaging;

// Rule 5 canaries.
namespace Portal.Tests.Architecture.Canaries.Visibility;

public sealed record VisibilityProbeCommand : ICommand;

/// <summary>Violation: a public handler.</summary>
public sealed class PublicProbeCommandHandler : ICommandHandler<VisibilityProbeCommand, Unit>
{
    public Task<Unit> Handle(VisibilityProbeCommand request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);
}

/// <summary>Violation: a public validator.</summary>
public sealed class PublicProbeCommandValidator : AbstractValidator<VisibilityProbeCommand>;

/// <summary>Violation: a public DbContext.</summary>
public sealed class PublicProbeDbContext(DbContextOptions<PublicProbeDbContext> options) : DbContext(options);

/// <summary>Allowed: an internal handler.</summary>
internal sealed class InternalProbeCommandHandler : ICommandHandler<VisibilityProbeCommand, Unit>
{
    public Task<Unit> Handle(VisibilityProbeCommand request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);
}

/// <summary>Allowed: a public validator nested in an internal type is not visible outside the assembly.</summary>
internal static class InternalProbeOuter
{
    public sealed class NestedProbeCommandValidator : AbstractValidator<VisibilityProbeCommand>;
}
