namespace Portal.BuildingBlocks.Infrastructure.Outbox;

/// <summary>Schedules the purge of dispatched messages for every module the host composed, a new module included.</summary>
public static class RetentionSchedule
{
    public static void SchedulePurgeOfDispatchedMessages(this IRecurringJobManager jobs, ModuleCatalog modules)
    {
        foreach (var module in modules.Modules)
        {
            var name = module.Name;
            // At :45, away from the other hourly jobs (:00 access purge, :15 dues collection).
            jobs.AddOrUpdate<PurgeDispatchedMessagesJob>(
                PurgeDispatchedMessagesJob.IdOf(module), job => job.RunAsync(name, CancellationToken.None), Cron.Hourly(45));
        }
    }
}
