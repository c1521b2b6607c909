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
        var endpoints = (await db.Endpoints.AsNoTracking().Where(e => e.BusinessId == business && e.Mode == mode && !e.Disabled).ToListAsync(cancellationToken))
            .Where(e => e.Takes(type))
            .ToList();
        if (endpoints.Count > 0)
        {
            Write(endpoints, business, mode, type, payloadType, occurredAt, await data(business));
        }
    }

    /// <summary>A <c>webhook.test</c> event to this endpoint alone, whatever its filter.</summary>
    public void SendTest(WebhookEndpoint endpoint)
    {
        var now = time.GetUtcNow();
        var data = JsonSerializer.SerializeToElement(new { message = "A test event sent from the admin area: your endpoint receives and verifies webhooks.", endpoint_id = endpoint.Id.Value });
        Write([endpoint], endpoint.BusinessId, endpoint.Mode, WebhookEventType.WebhookTest, "Test", now, data);
    }

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
