using Microsoft.AspNetCore.Http;

namespace Portal.BuildingBlocks.Web;

/// <summary>
/// The mode a request was made in, decided once by the host from its path (ADR 0007) and read by pages
/// and by endpoints that have no API key to tell them (webhooks).
/// </summary>
public static class RequestMode
{
    private const string ItemKey = "portal.mode";

    public static void SetMode(this HttpContext context, Mode mode) => context.Items[ItemKey] = mode;

    public static Mode GetMode(this HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var mode) && mode is Mode resolved ? resolved : Mode.Live;
}
