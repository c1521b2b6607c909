namespace Portal.Host.Pages.Admin;

/// <summary>Reading one record for an admin page.</summary>
public static class AdminQueries
{
    /// <summary>
    /// The record, or null where the module answers not found: a missing, malformed or foreign id, or
    /// one of the other mode, which the page turns into its plain 404.
    /// </summary>
    public static async Task<T?> FindAsync<T>(this ISender sender, IQuery<T> query, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await sender.QueryAsync(query, cancellationToken);
        }
        catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
        {
            return null;
        }
    }
}
