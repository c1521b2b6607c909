namespace Portal.Modules.Subscriptions.Endpoints;

/// <summary>
/// Dodo's plan changes: <c>POST /subscriptions/{id}/change-plan</c> (answers <c>payment_id</c> when
/// something was charged; a decline → 422 <c>PAYMENT_DECLINED</c> and the plan stays) and
/// <c>POST /subscriptions/{id}/change-plan/preview</c> (changes nothing).
/// </summary>
internal static class SubscriptionPlanEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var subscriptions = app.MapGroup("/subscriptions").RequireAuthorization(PortalAuth.ApiPolicy).WithTags("Subscriptions");

        subscriptions.MapPost("/{subscription_id}/change-plan", async (
            [FromRoute(Name = "subscription_id")] string subscriptionId, JsonElement body, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            var request = SubscriptionChangePlanRequest.From(body);
            var result = await sender.SendAsync(
                new ChangeSubscriptionPlanCommand(
                    tenant.BusinessId, tenant.Mode, subscriptionId, null, SubscriptionActor.Merchant, request.ProductId, request.Quantity, request.ProrationMode),
                ct);
            if (result.Outcome == PlanChangeResultDto.Declined)
            {
                throw new DomainException(Error.Unprocessable(
                    "PAYMENT_DECLINED", $"The payment for the plan change was declined ({result.FailureCode}); the plan did not change."));
            }

            return TypedResults.Ok(new ChangePlanResponse(result.PaymentId, null, null, null));
        }).WithName("ChangeSubscriptionPlan");

        subscriptions.MapPost("/{subscription_id}/change-plan/preview", async (
            [FromRoute(Name = "subscription_id")] string subscriptionId, JsonElement body, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            var request = SubscriptionChangePlanRequest.From(body);
            var preview = await sender.QueryAsync(
                new PreviewPlanChangeQuery(tenant.BusinessId, tenant.Mode, subscriptionId, null, request.ProductId, request.Quantity, request.ProrationMode), ct);
            var current = await sender.QueryAsync(new GetSubscriptionQuery(tenant.BusinessId, tenant.Mode, subscriptionId, null), ct);
            var newPlan = (await SubscriptionsEndpoints.ResponsesAsync(sender, tenant, [AsChanged(current, preview)], ct))[0];
            return TypedResults.Ok(SubscriptionPreviewChangePlanResponse.From(preview, newPlan));
        }).WithName("PreviewSubscriptionPlanChange");
    }

    /// <summary>The subscription as the change would leave it.</summary>
    private static SubscriptionDto AsChanged(SubscriptionDto current, PlanChangePreviewDto preview) => current with
    {
        ProductId = preview.ToProductId,
        ProductName = preview.ToProductName,
        Quantity = preview.Quantity,
        UnitPrice = preview.NextRenewalAmount / preview.Quantity,
        RecurringAmount = preview.NextRenewalAmount,
        TaxRateBasisPoints = preview.NextTaxRateBasisPoints,
        IntervalUnit = preview.NextIntervalUnit,
        IntervalCount = preview.NextIntervalCount,
        CurrentPeriodStart = preview.NextBillingDate == current.CurrentPeriodEnd ? current.CurrentPeriodStart : preview.EffectiveAt,
        CurrentPeriodEnd = preview.NextBillingDate,
    };

    /// <summary>Dodo's <c>SubscriptionChangePlanResponse</c>: no payment links here, so only <c>payment_id</c> is ever set.</summary>
    internal sealed record ChangePlanResponse(string? PaymentId, string? PaymentLink, string? ClientSecret, DateTimeOffset? ExpiresOn);
}
