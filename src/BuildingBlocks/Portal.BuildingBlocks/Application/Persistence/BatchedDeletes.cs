using Microsoft.EntityFrameworkCore;

namespace Portal.BuildingBlocks.Application.Persistence;

/// <summary>Deletes of old rows that never hold a long lock: a batch per statement, each its own short transaction.</summary>
public static class BatchedDeletes
{
    /// <summary>Deletes the query's rows <paramref name="batchSize"/> at a time, until a batch comes back short; answers how many went.</summary>
    public static async Task<int> DeleteInBatchesAsync<T>(this IQueryable<T> doomed, int batchSize, CancellationToken cancellationToken)
    {
        var total = 0;
        int deleted;
        do
        {
            deleted = await doomed.Take(batchSize).ExecuteDeleteAsync(cancellationToken);
            total += deleted;
        }
        while (deleted == batchSize);

        return total;
    }
}
