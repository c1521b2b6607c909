using System.Text.Json.Nodes;

namespace Portal.Tests.Support.StripeEmulator;

/// <summary>An answer of the fake Stripe: the HTTP status and the JSON body, kept whole so an idempotent retry gets it again.</summary>
internal sealed record FakeStripeReply(int Status, JsonNode Body, bool Replayed = false)
{
    public static FakeStripeReply Error(int status, string type, string? code, string message, JsonNode? paymentIntent = null, string? declineCode = null)
    {
        var error = new JsonObject { ["type"] = type, ["message"] = message };
        if (code is not null)
        {
            error["code"] = code;
        }

        if (declineCode is not null)
        {
            error["decline_code"] = declineCode;
        }

        if (paymentIntent is not null)
        {
            error["payment_intent"] = paymentIntent;
        }

        return new FakeStripeReply(status, new JsonObject { ["error"] = error });
    }
}
