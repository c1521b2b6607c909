using System.Text;
using Portal.Modules.Billing.Application.Webhooks.HandleStripeEvent;

namespace Portal.Modules.Billing.Endpoints;

/// <summary>
/// <c>POST /webhooks/stripe</c> (live) and <c>/test/webhooks/stripe</c> (test): Stripe's deliveries,
/// authenticated by their signature rather than an API key. The body is read raw, because the
/// signature covers its exact bytes, and bounded, because anyone can post here.
/// </summary>
internal static class StripeWebhookEndpoints
{
    private const int MaxPayloadBytes = 256 * 1024;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/webhooks/stripe", async (HttpContext http, ISender sender, CancellationToken ct) =>
        {
            if (await ReadBoundedAsync(http.Request, ct) is not { } payload)
            {
                return Error(new ApiError(StatusCodes.Status413PayloadTooLarge, "PAYLOAD_TOO_LARGE", "A webhook body is at most 256 kB."));
            }

            var outcome = await sender.SendAsync(
                new HandleStripeEventCommand(http.GetMode(), payload, http.Request.Headers["Stripe-Signature"].FirstOrDefault()), ct);
            return outcome switch
            {
                StripeEventOutcome.NotConfigured => Error(ApiError.NotFound),
                StripeEventOutcome.InvalidSignature => Error(new ApiError(
                    StatusCodes.Status400BadRequest, "INVALID_SIGNATURE", "The Stripe-Signature header is missing, wrong or too old.")),
                _ => Results.Ok(new { Received = true }),
            };
        }).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();

    private static IResult Error(ApiError error) => Results.Json(error, statusCode: error.Status);

    /// <summary>The body as text, or null when it is larger than <see cref="MaxPayloadBytes"/> (read no further).</summary>
    private static async Task<string?> ReadBoundedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxPayloadBytes)
        {
            return null;
        }

        using var body = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (body.Length + read > MaxPayloadBytes)
            {
                return null;
            }

            body.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length);
    }
}
