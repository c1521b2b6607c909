namespace Portal.BuildingBlocks.Application.Messaging;

/// <summary>What endpoints, pages, jobs and other modules use to send commands and queries.</summary>
public interface ISender
{
    Task<TResult> SendAsync<TResult>(ICommand<TResult> command, CancellationToken cancellationToken = default);

    Task<TResult> QueryAsync<TResult>(IQuery<TResult> query, CancellationToken cancellationToken = default);
}
