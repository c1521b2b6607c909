using Hangfire;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Infrastructure.Modules;
using Portal.BuildingBlocks.Infrastructure.Outbox;
using Portal.BuildingBlocks.Infrastructure.Persistence;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

/// <summary>
/// Outbox rows, inbox rows and delivery jobs name events and handlers by their registered names (ADR 0021), and
/// the modules' RegisteredMessageNames migrations carry over what the version before stored under CLR names.
/// </summary>
public sealed class MessageNamesTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string CustomerCreated = "identity.customer_created";
    private const string OpenBillingAccount = "billing.open_billing_account";

    // What the version before stored: the CLR names, as they were then.
    private const string ClrCustomerCreated = "Portal.Modules.Identity.Contracts.Customers.CustomerCreatedIntegrationEvent";
    private const string ClrOpenBillingAccount = "Portal.Modules.Billing.Application.BillingAccounts.OpenBillingAccount.CustomerCreatedIntegrationEventHandler";

    // A job of the relay before names its event and handler as arguments 1 and 3 of 5, today's as 0 and 1 of 4.
    private const string JobNames = "SELECT string_agg(CASE jsonb_array_length(arguments) WHEN 5 THEN (arguments ->> 1) || ' to ' || (arguments ->> 3) " +
        "ELSE (arguments ->> 0) || ' to ' || (arguments ->> 1) END, ', ' ORDER BY id) FROM hangfire.job";

    // Hangfire's storage keeps a copy of a job's arguments in its invocation data: renamed with them, or it would disagree.
    private const string StaleArgumentCopies = "SELECT count(*) FROM hangfire.job WHERE (invocationdata ->> 'Arguments')::jsonb <> arguments";

    [Fact]
    public async Task A_new_event_is_stored_queued_and_recorded_under_registered_names()
    {
        var (api, _) = await ApiClientAsync();
        await CustomersApiTests.CreateCustomerAsync(api);

        Assert.Equal(CustomerCreated, await ScalarAsync<string>("SELECT event_type FROM identity.outbox_messages"));
        await Factory.Services.GetRequiredService<OutboxRelay>().DispatchPendingAsync(CancellationToken.None);
        Assert.Equal($"\"{CustomerCreated}\" to \"{OpenBillingAccount}\"", await ScalarAsync<string>(JobNames));
        await Factory.DrainAsync();
        Assert.Equal(OpenBillingAccount, await ScalarAsync<string>("SELECT handler FROM billing.inbox_messages"));
    }

    [Fact]
    public async Task A_row_under_a_name_no_event_is_registered_by_stays_pending_while_the_others_are_relayed()
    {
        var (api, _) = await ApiClientAsync();
        await CustomersApiTests.CreateCustomerAsync(api);
        // What an instance of the version before still writes after the new version's migration ran.
        await Database.ExecuteAsync(Factory,
            "INSERT INTO identity.outbox_messages (id, event_type, payload, occurred_on_utc) " +
            $"SELECT gen_random_uuid(), '{ClrCustomerCreated}', payload, occurred_on_utc FROM identity.outbox_messages");

        Assert.Equal(1, await Factory.Services.GetRequiredService<OutboxRelay>().DispatchPendingAsync(CancellationToken.None));
        Assert.Equal(ClrCustomerCreated, await ScalarAsync<string>("SELECT event_type FROM identity.outbox_messages WHERE dispatched_on_utc IS NULL"));
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM hangfire.job"));
    }

    [Fact]
    public async Task Rows_and_jobs_left_under_clr_names_are_renamed_by_the_migration_and_delivered_once()
    {
        var (api, _) = await ApiClientAsync();
        var waiting = await CustomersApiTests.CreateCustomerAsync(api, email: "waiting@example.com");
        var queued = await CustomersApiTests.CreateCustomerAsync(api, email: "queued@example.com");
        var delivered = await CustomersApiTests.CreateCustomerAsync(api, email: "delivered@example.com");
        await BeforeRegisteredNamesAsync(async () =>
        {
            Assert.Equal(ClrCustomerCreated, await ScalarAsync<string>("SELECT string_agg(DISTINCT event_type, ', ') FROM identity.outbox_messages"));

            // As the version before left them: one row waiting for the relay, one queued for delivery, and one
            // already delivered whose job Hangfire runs again (a retry after a lost acknowledgement, say).
            await EnqueueAsTheVersionBeforeAsync(queued);
            await EnqueueAsTheVersionBeforeAsync(delivered);
            await Database.ExecuteAsync(Factory,
                $"INSERT INTO billing.inbox_messages (event_id, handler, processed_on_utc) SELECT id, '{ClrOpenBillingAccount}', now() " +
                $"FROM identity.outbox_messages WHERE payload ->> 'customerId' = '{delivered}'");
        });

        Assert.Equal(CustomerCreated, await ScalarAsync<string>("SELECT string_agg(DISTINCT event_type, ', ') FROM identity.outbox_messages"));
        Assert.Equal(OpenBillingAccount, await ScalarAsync<string>("SELECT handler FROM billing.inbox_messages"));
        var renamedJob = $"\"{CustomerCreated}\" to \"{OpenBillingAccount}\"";
        Assert.Equal($"{renamedJob}, {renamedJob}", await ScalarAsync<string>(JobNames));
        Assert.Equal(0L, await ScalarAsync<long>(StaleArgumentCopies));
        await Factory.DrainAsync();
        Assert.Equal(
            string.Join(",", new[] { waiting, queued }.Order(StringComparer.Ordinal)),
            await ScalarAsync<string>("SELECT string_agg(customer_id, ',' ORDER BY customer_id) FROM billing.billing_accounts"));
        Assert.Equal(3L, await ScalarAsync<long>($"SELECT count(*) FROM billing.inbox_messages WHERE handler = '{OpenBillingAccount}'"));
    }

    [Fact]
    public async Task The_migration_down_gives_back_the_clr_names_everywhere()
    {
        var (api, _) = await ApiClientAsync();
        await CustomersApiTests.CreateCustomerAsync(api);
        await Factory.DrainAsync();

        await BeforeRegisteredNamesAsync(async () =>
        {
            Assert.Equal(ClrCustomerCreated, await ScalarAsync<string>("SELECT event_type FROM identity.outbox_messages"));
            Assert.Equal(ClrOpenBillingAccount, await ScalarAsync<string>("SELECT handler FROM billing.inbox_messages"));
            Assert.Equal($"\"{ClrCustomerCreated}\" to \"{ClrOpenBillingAccount}\"", await ScalarAsync<string>(JobNames));
            Assert.Equal(0L, await ScalarAsync<long>(StaleArgumentCopies));
        });

        Assert.Equal(CustomerCreated, await ScalarAsync<string>("SELECT event_type FROM identity.outbox_messages"));
    }

    private Task<T> ScalarAsync<T>(string sql) => Database.ScalarAsync<T>(Factory, sql);

    /// <summary>
    /// Runs <paramref name="meanwhile"/> with every module's migrations undone down to the one before
    /// RegisteredMessageNames, then applies them all again, also when it fails.
    /// </summary>
    private async Task BeforeRegisteredNamesAsync(Func<Task> meanwhile)
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            foreach (var module in scope.ServiceProvider.GetRequiredService<ModuleCatalog>().Modules)
            {
                var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
                var migrations = db.Database.GetMigrations().ToList();
                var registeredNames = migrations.FindIndex(m => m.EndsWith("_RegisteredMessageNames", StringComparison.Ordinal));
                if (registeredNames < 0)
                {
                    // A module born after the names were registered (Webhooks) never stored a CLR name.
                    continue;
                }

                await db.GetService<IMigrator>().MigrateAsync(migrations[registeredNames - 1]);
            }
        }

        try
        {
            await meanwhile();
        }
        finally
        {
            await ModuleMigrations.ApplyAsync(Factory.Services);
        }
    }

    /// <summary>What the relay of the version before did with a customer's outbox row: a job under CLR names, the row dispatched.</summary>
    private async Task EnqueueAsTheVersionBeforeAsync(string customer)
    {
        await using var connection = new Npgsql.NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            $"UPDATE identity.outbox_messages SET dispatched_on_utc = now() WHERE payload ->> 'customerId' = '{customer}' RETURNING id, event_type, payload::text",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (eventId, eventType, payload) = (reader.GetGuid(0), reader.GetString(1), reader.GetString(2));
        var sealedPayload = Factory.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector(IntegrationEventDeliveryJob.PayloadPurpose).Protect(payload);
        Factory.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<IntegrationEventDeliveryJob>(job =>
            job.DeliverAsync(eventId, eventType, sealedPayload, ClrOpenBillingAccount, CancellationToken.None));
    }
}
