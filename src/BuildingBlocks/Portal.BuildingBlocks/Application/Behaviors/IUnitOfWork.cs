namespace Portal.BuildingBlocks.Application.Behaviors;

/// <summary>Saves the changes a command made in the module that owns the command.</summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(Type requestType, CancellationToken cancellationToken);
}
