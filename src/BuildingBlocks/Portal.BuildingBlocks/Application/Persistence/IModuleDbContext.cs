namespace Portal.BuildingBlocks.Application.Persistence;

/// <summary>What every module's persistence offers its handlers beyond its own tables.</summary>
public interface IModuleDbContext
{
    /// <summary>Writes the event to the module's outbox, committed together with the change.</summary>
    void AddIntegrationEvent(IntegrationEvent integrationEvent);
}
