using System.Globalization;
using Portal.Modules.Licensing.Infrastructure.RateLimits;
using static Portal.BuildingBlocks.Web.JsonBody;

namespace Portal.Modules.Licensing.Endpoints;

/// <summary>
/// Dodo's public license endpoints, called by the business's software with no API key (the license key is
/// the credential; the mode comes from the path, ADR 0007): <c>POST /licenses/activate</c> (201),
/// <c>/deactivate</c> and <c>/validate</c>. Rate limited per key and client address (<see cref="LicenseRateLimiter"/>).
/// </summary>
internal static class LicensesEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var licenses = app.MapGroup("/licenses").AllowAnonymous().WithTags("Licenses");

        licenses.MapPost("/activate", async (JsonElement body, HttpContext http, LicenseRateLimiter limiter, ISender sender, CancellationToken ct) =>
        {
            var licenseKey = String(Required(RequireObject(body), "license_key", "a string"), "license_key");
            var name = String(Required(body, "name", "a string"), "name");
            if (TooMany(limiter, LicenseCall.Change, licenseKey, http) is { } refused)
            {
                return refused;
            }

            var activation = await sender.SendAsync(new ActivateLicenseCommand(http.GetMode(), licenseKey, name), ct);
            return Results.Json(LicenseActivationResponse.From(activation), statusCode: StatusCodes.Status201Created);
        }).WithName("ActivateLicense");

        licenses.MapPost("/deactivate", async (JsonElement body, HttpContext http, LicenseRateLimiter limiter, ISender sender, CancellationToken ct) =>
        {
            var licenseKey = String(Required(RequireObject(body), "license_key", "a string"), "license_key");
            var instanceId = String(Required(body, "license_key_instance_id", "a string"), "license_key_instance_id");
            if (TooMany(limiter, LicenseCall.Change, licenseKey, http) is { } refused)
            {
                return refused;
            }

            await sender.SendAsync(new DeactivateLicenseCommand(http.GetMode(), licenseKey, instanceId), ct);
            return Results.Ok();
        }).WithName("DeactivateLicense");

        licenses.MapPost("/validate", async (JsonElement body, HttpContext http, LicenseRateLimiter limiter, ISender sender, CancellationToken ct) =>
        {
            var licenseKey = String(Required(RequireObject(body), "license_key", "a string"), "license_key");
            var instanceId = OptionalString(body, "license_key_instance_id");
            if (TooMany(limiter, LicenseCall.Validate, licenseKey, http) is { } refused)
            {
                return refused;
            }

            var valid = await sender.QueryAsync(new ValidateLicenseQuery(http.GetMode(), licenseKey, instanceId), ct);
            return Results.Ok(new LicenseValidateResponse(valid));
        }).WithName("ValidateLicense");
    }

    private static IResult? TooMany(LicenseRateLimiter limiter, LicenseCall call, string licenseKey, HttpContext http)
    {
        if (limiter.Refusal(call, LicenseKeySecret.HashOf(licenseKey), http.Connection.RemoteIpAddress) is not { } retryAfter)
        {
            return null;
        }

        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var error = new ApiError(StatusCodes.Status429TooManyRequests, "RATE_LIMITED", "Too many requests for this license key from this address: retry after the time in Retry-After.");
        return Results.Json(error, statusCode: error.Status);
    }

    internal sealed record LicenseValidateResponse(bool Valid);

    /// <summary>Dodo's <c>LicenseActivateResponse</c>: the new instance with the key's customer and product.</summary>
    internal sealed record LicenseActivationResponse(
        string Id,
        string BusinessId,
        DateTimeOffset CreatedAt,
        LicenseActivationResponse.CustomerDetails Customer,
        string LicenseKeyId,
        string Name,
        LicenseActivationResponse.ProductDetails Product)
    {
        public static LicenseActivationResponse From(LicenseActivationDto a) =>
            new(a.Instance.Id, a.Instance.BusinessId, a.Instance.CreatedAt, new CustomerDetails(a.CustomerId, a.CustomerEmail, a.CustomerName),
                a.Instance.LicenseKeyId, a.Instance.Name, new ProductDetails(a.ProductId, a.ProductName));

        internal sealed record CustomerDetails(string CustomerId, string Email, string Name);

        internal sealed record ProductDetails(string ProductId, string Name);
    }
}
