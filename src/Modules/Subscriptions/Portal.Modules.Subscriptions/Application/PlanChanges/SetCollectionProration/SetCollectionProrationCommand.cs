using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.Modules.Subscriptions.Application.PlanChanges.SetCollectionProration;

/// <summary>Overrides, for one collection, how upgrades and downgrades are billed; null (or empty) follows the business's default.</summary>
internal sealed record SetCollectionProrationCommand(
    BusinessId BusinessId, Mode Mode, string CollectionId, string? UpgradeProrationMode, string? DowngradeProrationMode) : ICommand<CollectionProrationDto>;

/// <summary>A collection's own modes (Dodo's words); null follows the business's default.</summary>
internal sealed record CollectionProrationDto(string? UpgradeProrationMode, string? DowngradeProrationMode);
