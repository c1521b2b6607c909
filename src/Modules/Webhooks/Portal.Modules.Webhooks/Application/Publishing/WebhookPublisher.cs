using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Modules.Webhooks.Application.Publishing;

/// <summary>
/// Turns one of the modules' integration events into a message for every endpoint of its business and
/// mode that takes its type, in the consuming transaction (the inbox makes a redelivered event a no-op),
/// and wakes the delivery job once that transaction has committed. Test-mode events only reach test-mode
/// endpoints, and live-mode ones live-mode endpoints. <c>data</c> is what the owning module's API answers
/// for the resource when the event is handled, with Dodo's <c>payload_type</c> where Dodo has one.
/// </summary>
internal sealed class WebhookPublisher(IWebhooksDbContext db, IWebhookBodies bodies, AfterCommit afterCommit, IDeliveryTrigger trigger, TimeProvider time)
{
    public async Task PublishAsync(
        string businessId, Mode mode, WebhookEventType type, string? payloadType, DateTimeOffset occurredAt, Func<BusinessId, Task<JsonElement>> data, CancellationToken cancellationToken)
    {
        var business = BusinessId.FromTrusted(businessId);
        var endpoints = (await EndpointsAsync(business, mode, cancellationToken)).Where(e => e.Takes(type)).ToList();
        if (endpoints.Count > 0)
        {
            Write(endpoints, business, mode, type, payloadType, occurredAt, await data(business));
        }
    }

    /// <summary>
    /// Many events, each about one resource of its business and mode: the endpoints are read once per business and
    /// mode, and the resources of the events some endpoint takes in one call (<paramref name="resources"/>).
    /// </summary>
    public async Task PublishAsync(
        IReadOnlyList<Announcement> announcements,
        string payloadType,
        Func<BusinessId, Mode, IReadOnlyCollection<string>, Task<IReadOnlyDictionary<string, JsonElement>>> resources,
        CancellationToken cancellationToken)
    {
        foreach (var ofBusiness in announcements.GroupBy(a => (a.BusinessId, a.Mode)))
        {
            var (business, mode) = (BusinessId.FromTrusted(ofBusiness.Key.BusinessId), ofBusiness.Key.Mode);
            var endpoints = await EndpointsAsync(business, mode, cancellationToken);
            var taken = ofBusiness
                .Select(a => (Announcement: a, Endpoints: endpoints.Where(e => e.Takes(a.Type)).ToList()))
                .Where(t => t.Endpoints.Count > 0)
                .ToList();
            if (taken.Count == 0)
            {
                continue;
            }

            var data = await resources(business, mode, [.. taken.Select(t => t.Announcement.ResourceId).Distinct()]);
            foreach (var (announcement, to) in taken)
            {
                var resource = data.TryGetValue(announcement.ResourceId, out var found)
                    ? found
                    : throw new InvalidOperationException($"The {payloadType} {announcement.ResourceId} of a {Wire.Name(announcement.Type)} event was not found.");
                Write(to, business, mode, announcement.Type, payloadType, announcement.OccurredAt, resource);
            }
        }
    }

    /// <summary>A <c>webhook.test</c> event to this endpoint alone, whatever its filter.</summary>
    public void SendTest(WebhookEndpoint endpoint)
    {
        var now = time.GetUtcNow();
        var data = JsonSerializer.SerializeToElement(new { message = "A test event sent from the admin area: your endpoint receives and verifies webhooks.", endpoint_id = endpoint.Id.Value });
        Write([endpoint], endpoint.BusinessId, endpoint.Mode, WebhookEventType.WebhookTest, "Test", now, data);
    }

    private Task<List<WebhookEndpoint>> EndpointsAsync(BusinessId business, Mode mode, CancellationToken cancellationToken) =>
        db.Endpoints.AsNoTracking().Where(e => e.BusinessId == business && e.Mode == mode && !e.Disabled).ToListAsync(cancellationToken);

    private void Write(
        IReadOnlyList<WebhookEndpoint> endpoints, BusinessId business, Mode mode, WebhookEventType type, string? payloadType, DateTimeOffset occurredAt, JsonElement data)
    {
        var payload = JsonNode.Parse(data.GetRawText())!.AsObject();
        if (payloadType is not null)
        {
            payload["payload_type"] = payloadType;
        }

        var body = new JsonObject
        {
            ["business_id"] = business.Value,
            ["type"] = Wire.Name(type),
            ["timestamp"] = occurredAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["data"] = payload,
        };
        var now = time.GetUtcNow();
        var message = WebhookMessage.Create(business, mode, Wire.Name(type), bodies.Seal(body.ToJsonString()), now);
        db.Messages.Add(message);
        db.Deliveries.AddRange(endpoints.Select(e => WebhookDelivery.Schedule(message, e.Id, now)));
        afterCommit.Add(trigger.Wake);
    }
}

/// <summary>An event about one resource, to publish to the endpoints of its business and mode that take its type.</summary>
internal sealed record Announcement(string BusinessId, Mode Mode, WebhookEventType Type, string ResourceId, DateTimeOffset OccurredAt);
