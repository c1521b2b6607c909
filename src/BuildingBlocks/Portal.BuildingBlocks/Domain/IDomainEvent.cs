namespace Portal.BuildingBlocks.Domain;

/// <summary>Something that happened inside an aggregate; handled in the same transaction as the change.</summary>
public interface IDomainEvent;
