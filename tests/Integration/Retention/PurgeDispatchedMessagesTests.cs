using System.Globalization;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Infrastructure.Modules;
using Portal.BuildingBlocks.Infrastructure.Outbox;

namespace Portal.Tests.Integration.Retention;

public sealed class PurgeDispatchedMessagesTests(RetentionFixture fixture) : IntegrationTest<RetentionFixture>(fixture)
{
    [Fact]
    public async Task Old_dispatched_and_processed_messages_go_in_batches_while_recent_and_undispatched_ones_and_other_modules_stay()
    {
        var now = Factory.Time.GetUtcNow();
        await AddOutboxRowsAsync("billing", "old", 7, occurred: now.AddDays(-9), dispatched: now.AddDays(-8));
        await AddOutboxRowsAsync("billing", "recent", 1, occurred: now.AddDays(-9), dispatched: now.AddDays(-6));
        await AddOutboxRowsAsync("billing", "undispatched", 2, occurred: now.AddDays(-30), dispatched: null);
        await AddInboxRowsAsync("billing", "old", 7, processed: now.AddDays(-8));
        await AddInboxRowsAsync("billing", "recent", 1, processed: now.AddDays(-6));
        await AddOutboxRowsAsync("identity", "old", 2, occurred: now.AddDays(-9), dispatched: now.AddDays(-8));
        await AddInboxRowsAsync("identity", "old", 2, processed: now.AddDays(-8));

        var first = await PurgeAsync("Billing");
        var second = await PurgeAsync("Billing");

        Assert.Equal(new PurgedMessages(Outbox: 7, Inbox: 7), first);
        Assert.Equal(new PurgedMessages(0, 0), second);
        Assert.Equal("recent,undispatched,undispatched", await LabelsAsync("SELECT event_type FROM billing.outbox_messages"));
        Assert.Equal("recent", await LabelsAsync("SELECT handler FROM billing.inbox_messages"));
        Assert.Equal("old,old", await LabelsAsync("SELECT event_type FROM identity.outbox_messages"));
        Assert.Equal("old,old", await LabelsAsync("SELECT handler FROM identity.inbox_messages"));
    }

    [Fact]
    public async Task An_event_the_relay_has_not_reached_for_a_month_survives_the_purge_and_is_then_delivered()
    {
        var (api, _) = await ApiClientAsync();
        await CustomersApiTests.CreateCustomerAsync(api);

        Factory.Time.Advance(TimeSpan.FromDays(30));
        var whileWaiting = await PurgeAsync("Identity");
        await Factory.DrainAsync();
        Factory.Time.Advance(TimeSpan.FromDays(8));
        var afterDelivery = await PurgeAsync("Identity");
        var billing = await PurgeAsync("Billing");

        Assert.Equal(new PurgedMessages(0, 0), whileWaiting);
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM billing.billing_accounts"));
        Assert.Equal(new PurgedMessages(Outbox: 1, Inbox: 0), afterDelivery);
        Assert.Equal(new PurgedMessages(Outbox: 0, Inbox: 1), billing);
    }

    [Fact]
    public async Task A_delivery_still_failing_when_its_dispatched_row_is_purged_is_delivered_by_its_retry()
    {
        var (api, _) = await ApiClientAsync();
        await CustomersApiTests.CreateCustomerAsync(api);
        await Factory.Services.GetRequiredService<OutboxRelay>().DispatchPendingAsync(CancellationToken.None);
        await Database.ExecuteAsync(Factory, "ALTER TABLE billing.billing_accounts RENAME TO billing_accounts_away");
        await Assert.ThrowsAsync<InvalidOperationException>(Factory.DrainAsync);

        Factory.Time.Advance(TimeSpan.FromDays(8));
        var purged = await PurgeAsync("Identity");
        await Database.ExecuteAsync(Factory, "ALTER TABLE billing.billing_accounts_away RENAME TO billing_accounts");
        // The delivery job carries the event; run Hangfire's scheduled retry now instead of waiting for it.
        var jobId = await Database.ScalarAsync<long>(Factory, "SELECT id FROM hangfire.job WHERE statename = 'Scheduled'");
        Factory.Services.GetRequiredService<IBackgroundJobClient>().Requeue(jobId.ToString(CultureInfo.InvariantCulture));
        await Factory.DrainAsync();

        Assert.Equal(new PurgedMessages(Outbox: 1, Inbox: 0), purged);
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM billing.billing_accounts"));
    }

    [Fact]
    public async Task The_purge_job_under_concurrent_writes_and_dispatches_loses_nothing_undelivered()
    {
        var business = await CreateBusinessAsync();
        // A backlog the relay has not reached for a month: old, still undelivered when the purges start, and
        // more than the two relays lock in their first batches, so the purges meet undelivered rows unlocked.
        for (var i = 0; i < 300; i++)
        {
            await CreateCustomerAsync(business, Mode.Test, $"backlog{i}@example.com", "Backlog");
        }

        Factory.Time.Advance(TimeSpan.FromDays(30));
        var relay = Factory.Services.GetRequiredService<OutboxRelay>();
        var purged = 0;
        for (var round = 0; round < 5; round++)
        {
            // Rows dispatched in one round are past the retention age in the next, where the purges race
            // new customers' outbox rows being written and dispatched.
            var writing = new TaskCompletionSource();
            var purges = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                var deleted = 0;
                do
                {
                    deleted += (await PurgeAsync("Identity")).Outbox;
                }
                while (!writing.Task.IsCompleted);
                return deleted;
            })).ToList();
            var writes = Task.WhenAll(Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
            {
                for (var i = 0; i < 10; i++)
                {
                    await CreateCustomerAsync(business, Mode.Test, $"r{round}w{writer}n{i}@example.com", "Buyer");
                }
            })));
            var relays = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                do
                {
                    await relay.DispatchPendingAsync(CancellationToken.None);
                }
                while (!writes.IsCompleted);
            })).ToList();
            await writes;
            await Task.WhenAll(relays);
            writing.SetResult();
            purged += (await Task.WhenAll(purges)).Sum();
            Factory.Time.Advance(TimeSpan.FromDays(8));
        }

        // Every delivery runs only now, after most of the outbox rows that announced them were purged.
        await Factory.DrainAsync();

        Assert.True(purged > 0, "The purges removed nothing while the writes ran: the test raced nothing.");
        Assert.Equal(500L, await CountAsync("SELECT count(*) FROM billing.billing_accounts"));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM identity.outbox_messages WHERE dispatched_on_utc IS NULL"));
    }

    [Fact]
    public async Task Every_module_gets_its_own_hourly_purge_job()
    {
        var modules = Factory.Services.GetRequiredService<ModuleCatalog>();

        Factory.Services.GetRequiredService<IRecurringJobManager>().SchedulePurgeOfDispatchedMessages(modules);

        using var connection = Factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var jobs = connection.GetRecurringJobs().Where(j => j.Job.Type == typeof(PurgeDispatchedMessagesJob)).ToList();
        Assert.Equal(
            ["billing-purge-dispatched-messages", "identity-purge-dispatched-messages", "licensing-purge-dispatched-messages", "subscriptions-purge-dispatched-messages", "webhooks-purge-dispatched-messages"],
            jobs.Select(j => j.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["Billing", "Identity", "Licensing", "Subscriptions", "Webhooks"], jobs.Select(j => (string)j.Job.Args[0]).Order(StringComparer.Ordinal));
        Assert.All(jobs, j => Assert.Equal("45 * * * *", j.Cron));
    }

    private async Task<PurgedMessages> PurgeAsync(string module)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PurgeDispatchedMessagesJob>().RunAsync(module, CancellationToken.None);
    }

    private Task<long> CountAsync(string sql) => Database.ScalarAsync<long>(Factory, sql);

    private Task<string> LabelsAsync(string select) =>
        Database.ScalarAsync<string>(Factory, $"SELECT string_agg(label, ',' ORDER BY label) FROM ({select}) AS rows (label)");

    private Task AddOutboxRowsAsync(string schema, string label, int count, DateTimeOffset occurred, DateTimeOffset? dispatched) =>
        Database.ExecuteAsync(Factory,
            $"INSERT INTO {schema}.outbox_messages (id, event_type, payload, occurred_on_utc, dispatched_on_utc) " +
            $"SELECT gen_random_uuid(), '{label}', '{{}}', {Timestamp(occurred)}, {(dispatched is { } at ? Timestamp(at) : "NULL")} FROM generate_series(1, {count})");

    private Task AddInboxRowsAsync(string schema, string label, int count, DateTimeOffset processed) =>
        Database.ExecuteAsync(Factory,
            $"INSERT INTO {schema}.inbox_messages (event_id, handler, processed_on_utc) " +
            $"SELECT gen_random_uuid(), '{label}', {Timestamp(processed)} FROM generate_series(1, {count})");

    private static string Timestamp(DateTimeOffset at) => $"'{at.ToString("O", CultureInfo.InvariantCulture)}'::timestamptz";
}
