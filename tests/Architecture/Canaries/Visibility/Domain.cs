using Portal.BuildingBlocks.Domain;

// Rule 5 canaries: a Domain namespace.
namespace Portal.Tests.Architecture.Canaries.Visibility.Domain;

/// <summary>Violation: a public domain type.</summary>
public sealed class PublicProbeAggregate : AggregateRoot;

/// <summary>Allowed: an internal domain type.</summary>
internal sealed class InternalProbeAggregate : AggregateRoot;
