using static Portal.BuildingBlocks.Web.JsonBody;
using static Portal.Modules.Subscriptions.Endpoints.SubscriptionRequestBody;

namespace Portal.Modules.Subscriptions.Endpoints;

/// <summary>
/// Dodo's <c>SubscriptionUpdateParams</c> as far as they apply here. An absent field is unchanged; none
/// of these can be cleared, so <c>null</c> is refused (422 <c>FIELD_NOT_CLEARABLE</c>) instead of being
/// read as "unchanged". <c>status</c> accepts only <c>cancelled</c> (cancel now); pausing and resuming
/// do not exist here.
/// </summary>
internal static class SubscriptionUpdateRequest
{
    private static readonly FrozenSet<string> Known = FrozenSet.Create(
        StringComparer.Ordinal, "status", "cancel_at_next_billing_date", "billing", "customer_name", "cancellation_feedback", "cancellation_comment");


    public static UpdateSubscriptionCommand ToCommand(JsonElement body, ApiTenant tenant, string subscriptionId)
    {
        RequireObject(body);
        RefuseUnsupported(body, Known);
        return new UpdateSubscriptionCommand(
            tenant.BusinessId,
            tenant.Mode,
            subscriptionId,
            null,
            SubscriptionActor.Merchant,
            CancelNow: Has(body, "status", out var status) && IsCancelled(String(status, "status")),
            CancelAtNextBillingDate: Has(body, "cancel_at_next_billing_date", out var schedule) ? Boolean(schedule, "cancel_at_next_billing_date") : null,
            Billing: Has(body, "billing", out var billing) ? Address(billing) : null,
            CustomerName: Has(body, "customer_name", out var name) ? String(name, "customer_name") : null,
            CancellationFeedback: Has(body, "cancellation_feedback", out var feedback) ? KnownFeedback(String(feedback, "cancellation_feedback")) : null,
            CancellationComment: Has(body, "cancellation_comment", out var comment) ? String(comment, "cancellation_comment") : null);
    }

    private static bool IsCancelled(string status) =>
        status == "cancelled"
            ? true
            : throw new DomainException(Error.Validation("INVALID_STATUS", "status can only be set to cancelled (cancels now); pausing and resuming are not supported."));

    private static string KnownFeedback(string feedback) =>
        Wire.TryParse<CancellationFeedback>(feedback, out _)
            ? feedback
            : throw new DomainException(Error.Validation(
                "INVALID_CANCELLATION_FEEDBACK", $"cancellation_feedback is one of {string.Join(", ", Wire.NamesOf<CancellationFeedback>().Order(StringComparer.Ordinal))}."));
}
