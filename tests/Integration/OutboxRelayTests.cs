using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Infrastructure.Outbox;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

public sealed class OutboxRelayTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_new_customer_reaches_billing_through_the_outbox_and_opens_a_billing_account()
    {
        var (api, business) = await ApiClientAsync();
        var customer = await CustomersApiTests.CreateCustomerAsync(api);

        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM identity.outbox_messages WHERE dispatched_on_utc IS NULL"));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM billing.billing_accounts"));

        await Factory.DrainAsync();

        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM billing.billing_accounts WHERE customer_id = '{customer}' AND business_id = '{business}' AND mode = 'Test'"));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM identity.outbox_messages WHERE dispatched_on_utc IS NULL"));
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM hangfire.job WHERE statename = 'Succeeded'"));
    }

    [Fact]
    public async Task The_outbox_row_commits_with_the_change_or_not_at_all()
    {
        var (api, _) = await ApiClientAsync();

        await api.PostAsync("/customers", new StringContent("{\"email\":\"bad\",\"name\":\"\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM identity.outbox_messages"));
    }

    [Fact]
    public async Task Delivering_the_same_event_twice_changes_billing_once()
    {
        var (api, _) = await ApiClientAsync();
        await CustomersApiTests.CreateCustomerAsync(api);
        await Factory.DrainAsync();
        var row = await ReadOutboxRowAsync();
        var eventType = row.Type;
        var handler = Factory.Services.GetRequiredService<IntegrationEventSubscriptions>().HandlersOf(eventType).Single();

        // At-least-once delivery means Hangfire may run the same delivery again (a retry after a crash).
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IntegrationEventDeliveryJob>()
                .DeliverAsync(eventType, handler, [OutboxRows.Relayed(Factory, row)], CancellationToken.None);
        }

        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM billing.billing_accounts"));
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM billing.inbox_messages"));
    }

    [Fact]
    public async Task A_burst_of_events_reaches_its_handler_in_a_few_jobs_not_one_per_event()
    {
        var (api, _) = await ApiClientAsync();
        for (var i = 0; i < 30; i++)
        {
            await CustomersApiTests.CreateCustomerAsync(api, email: $"burst{i}@example.com");
        }

        await Factory.Services.GetRequiredService<OutboxRelay>().DispatchPendingAsync(CancellationToken.None);

        Assert.Equal(2L, await CountAsync("SELECT count(*) FROM hangfire.job"));
        await Factory.DrainAsync();
        Assert.Equal(30L, await CountAsync("SELECT count(*) FROM billing.billing_accounts"));
        Assert.Equal(30L, await CountAsync("SELECT count(*) FROM billing.inbox_messages"));
    }

    [Fact]
    public async Task An_event_that_fails_in_a_job_holds_back_none_of_the_others_and_leaves_no_trace()
    {
        var (api, _) = await ApiClientAsync();
        for (var i = 0; i < 3; i++)
        {
            await CustomersApiTests.CreateCustomerAsync(api, email: $"job{i}@example.com");
        }

        var rows = await ReadOutboxRowsAsync();
        await Database.ExecuteAsync(Factory, "UPDATE identity.outbox_messages SET dispatched_on_utc = now()");
        var handler = Factory.Services.GetRequiredService<IntegrationEventSubscriptions>().HandlersOf(rows[0].Type).Single();
        RelayedEvent[] events = [OutboxRows.Relayed(Factory, rows[0]), new(rows[1].Id, "a payload sealed under another key"), OutboxRows.Relayed(Factory, rows[2])];

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var failure = await Assert.ThrowsAsync<AggregateException>(() =>
                scope.ServiceProvider.GetRequiredService<IntegrationEventDeliveryJob>().DeliverAsync(rows[0].Type, handler, events, CancellationToken.None));
            Assert.Single(failure.InnerExceptions);
        }

        Assert.Equal(2L, await CountAsync("SELECT count(*) FROM billing.billing_accounts"));
        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM billing.inbox_messages WHERE event_id = '{rows[1].Id}'"));
    }

    [Fact]
    public async Task Two_relays_racing_dispatch_each_event_once()
    {
        var (api, _) = await ApiClientAsync();
        for (var i = 0; i < 30; i++)
        {
            await CustomersApiTests.CreateCustomerAsync(api, email: $"buyer{i}@example.com");
        }

        var relay = Factory.Services.GetRequiredService<OutboxRelay>();
        var dispatched = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => relay.DispatchPendingAsync(CancellationToken.None))));

        Assert.Equal(30, dispatched.Sum());
        await Factory.DrainAsync();
        Assert.Equal(30L, await CountAsync("SELECT count(*) FROM billing.billing_accounts"));
        Assert.Equal(30L, await CountAsync("SELECT count(*) FROM billing.inbox_messages"));
    }

    [Fact]
    public async Task A_failing_delivery_is_left_to_hangfire_to_retry_and_the_event_is_not_lost()
    {
        var (api, _) = await ApiClientAsync();
        await CustomersApiTests.CreateCustomerAsync(api);
        var relay = Factory.Services.GetRequiredService<OutboxRelay>();
        await relay.DispatchPendingAsync(CancellationToken.None);
        await Database.ExecuteAsync(Factory, "ALTER TABLE billing.billing_accounts RENAME TO billing_accounts_away");

        await Assert.ThrowsAsync<InvalidOperationException>(Factory.DrainAsync);
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM billing.inbox_messages"));

        await Database.ExecuteAsync(Factory, "ALTER TABLE billing.billing_accounts_away RENAME TO billing_accounts");
        // Hangfire's automatic retry has scheduled another attempt; run it now instead of waiting.
        var jobId = await Database.ScalarAsync<long>(Factory, "SELECT id FROM hangfire.job WHERE statename = 'Scheduled'");
        Factory.Services.GetRequiredService<IBackgroundJobClient>().Requeue(jobId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Factory.DrainAsync();
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM billing.billing_accounts"));
    }

    [Fact]
    public async Task A_relay_pass_empties_an_outbox_of_more_than_one_batch()
    {
        var (api, _) = await ApiClientAsync();
        await CustomersApiTests.CreateCustomerAsync(api);
        await CopyOutboxRowAsync("identity", 249);

        Assert.Equal(250, await Factory.Services.GetRequiredService<OutboxRelay>().DispatchPendingAsync(CancellationToken.None));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM identity.outbox_messages WHERE dispatched_on_utc IS NULL"));
    }

    [Fact]
    public async Task A_wake_up_relays_the_modules_that_wrote_and_leaves_the_others_to_their_own_or_the_sweep()
    {
        var (api, _) = await ApiClientAsync();
        await CustomersApiTests.CreateCustomerAsync(api);
        await CopyOutboxRowAsync("billing", 1);

        Assert.Equal(1, await Factory.Services.GetRequiredService<OutboxRelay>().DispatchPendingAsync(["billing"], CancellationToken.None));
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM identity.outbox_messages WHERE dispatched_on_utc IS NULL"));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM billing.outbox_messages WHERE dispatched_on_utc IS NULL"));
    }

    [Fact]
    public async Task The_signal_names_who_wrote_and_calls_a_sweep_every_two_seconds_however_many_wake_ups_come()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        using var signal = new OutboxSignal(time);

        signal.Notify("identity");
        signal.Notify("billing");
        Assert.Equal(["billing", "identity"], (await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None))!.Order(StringComparer.Ordinal));
        Assert.Empty((await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None))!);

        time.Advance(OutboxSignal.SweepInterval - TimeSpan.FromMilliseconds(1));
        signal.Notify("identity");
        Assert.Equal(["identity"], await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
        time.Advance(TimeSpan.FromMilliseconds(1));
        signal.Notify("identity");
        Assert.Null(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
        Assert.Equal(["identity"], await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
    }

    /// <summary>Adds copies of identity's one outbox row, under new ids, to the outbox of <paramref name="schema"/>.</summary>
    private Task CopyOutboxRowAsync(string schema, int copies) =>
        Database.ExecuteAsync(Factory,
            $"INSERT INTO {schema}.outbox_messages (id, event_type, payload, occurred_on_utc) " +
            $"SELECT gen_random_uuid(), m.event_type, m.payload, m.occurred_on_utc + n * interval '1 microsecond' FROM identity.outbox_messages m, generate_series(1, {copies}) n");

    private Task<long> CountAsync(string sql) => Database.ScalarAsync<long>(Factory, sql);

    private async Task<(Guid Id, string Type, string Payload)> ReadOutboxRowAsync() => (await ReadOutboxRowsAsync()).Single();

    private Task<List<(Guid Id, string Type, string Payload)>> ReadOutboxRowsAsync() => OutboxRows.ReadAsync(Factory, "identity");
}
