using System.Net;
using Stripe;

namespace Portal.Modules.Billing.Infrastructure.Gateways.Stripe;

/// <summary>
/// Charges a saved card with a confirmed PaymentIntent: off-session, or with the customer present (a
/// <c>return_url</c>), when the bank may ask for 3-D Secure and the intent waits in <c>requires_action</c> with
/// the page to send the customer to (ADR 0027). Our payment's id is both Stripe's idempotency key (a retry
/// replays the first answer instead of charging again) and the intent's <c>payment_id</c> metadata (webhooks
/// find the payment from it); once Stripe named the intent, it is read again rather than created again, since
/// a replayed creation would answer its first state forever. Whenever Stripe's answer may be missing or not
/// final — timeout, broken connection, 5xx, rate limit, the same key still in flight — the outcome is unknown
/// and said so, never guessed.
/// </summary>
internal sealed class StripeGateway(StripeClients clients) : IPaymentGateway
{
    public const string PaymentIdMetadataKey = "payment_id";

    public PaymentGatewayKind Kind => PaymentGatewayKind.Stripe;

    public Task<GatewayChargeResult> ChargeAsync(GatewayChargeRequest request, CancellationToken cancellationToken) =>
        AskAsync(async () =>
        {
            var intents = clients.For(request.Mode).V1.PaymentIntents;
            if (request.GatewayReference is { } known)
            {
                return ResultOf(await intents.GetAsync(known, cancellationToken: cancellationToken));
            }

            var customerPresent = request.ReturnUrl is not null;
            var options = new PaymentIntentCreateOptions
            {
                Amount = request.Amount.MinorUnits,
                Currency = request.Amount.Currency.Code.ToLowerInvariant(),
                Customer = request.GatewayCustomerReference,
                PaymentMethod = request.PaymentMethodReference,
                Confirm = true,
                OffSession = customerPresent ? null : true,
                ReturnUrl = request.ReturnUrl,
                Description = request.Description,
                Metadata = new Dictionary<string, string> { [PaymentIdMetadataKey] = request.IdempotencyKey },
            };
            return ResultOf(await intents.CreateAsync(options, new RequestOptions { IdempotencyKey = request.IdempotencyKey }, cancellationToken));
        }, cancellationToken);

    /// <summary>Cancels the intent still waiting for the customer; one that succeeded meanwhile keeps its outcome.</summary>
    public Task<GatewayChargeResult> AbandonAsync(GatewayChargeRequest request, CancellationToken cancellationToken) =>
        AskAsync(async () =>
        {
            if (request.GatewayReference is not { } known)
            {
                return GatewayChargeResult.Failed(null, StripeDeclines.AuthenticationFailure, StripeDeclines.NotAuthenticated);
            }

            var intents = clients.For(request.Mode).V1.PaymentIntents;
            try
            {
                return ResultOf(await intents.CancelAsync(
                    known, new PaymentIntentCancelOptions { CancellationReason = "abandoned" }, new RequestOptions { IdempotencyKey = request.IdempotencyKey + ":abandon" }, cancellationToken));
            }
            catch (StripeException exception) when (exception.StripeError?.Code == "payment_intent_unexpected_state")
            {
                return ResultOf(await intents.GetAsync(known, cancellationToken: cancellationToken));
            }
        }, cancellationToken);

    /// <summary>Stripe's answer as our result: a decline is an outcome; no answer, or one that is not final, is unknown.</summary>
    private static async Task<GatewayChargeResult> AskAsync(Func<Task<GatewayChargeResult>> ask, CancellationToken cancellationToken)
    {
        try
        {
            return await ask();
        }
        catch (StripeException exception) when (exception.StripeError?.Type == "card_error")
        {
            var error = exception.StripeError;
            return GatewayChargeResult.Failed(
                error.PaymentIntent?.Id, StripeDeclines.CodeOf(error.DeclineCode, error.Code), StripeDeclines.MessageOf(error.Message));
        }
        catch (StripeException exception) when (IsOutcomeUnknown(exception.HttpStatusCode))
        {
            throw new PaymentGatewayUnavailableException($"Stripe answered {(int)exception.HttpStatusCode}: the charge's outcome is unknown.", exception);
        }
        catch (HttpRequestException exception)
        {
            throw new PaymentGatewayUnavailableException("Stripe could not be reached or the connection broke.", exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PaymentGatewayUnavailableException("Stripe did not answer in time.", exception);
        }
    }

    public async Task<GatewayRefundResult> RefundAsync(GatewayRefundRequest request, CancellationToken cancellationToken)
    {
        var options = new RefundCreateOptions { PaymentIntent = request.ChargeReference, Amount = request.Amount.MinorUnits };
        try
        {
            var refund = await clients.For(request.Mode).V1.Refunds.CreateAsync(
                options, new RequestOptions { IdempotencyKey = request.IdempotencyKey }, cancellationToken);

            // "pending" is a refund Stripe accepted and will pay out; only failed or canceled ones are refused.
            return refund.Status is "failed" or "canceled"
                ? new GatewayRefundResult(false, refund.Id, "The payment provider refused the refund.")
                : new GatewayRefundResult(true, refund.Id, null);
        }
        catch (StripeException exception) when (exception.HttpStatusCode == HttpStatusCode.BadRequest)
        {
            return new GatewayRefundResult(false, null, StripeDeclines.MessageOf(exception.StripeError?.Message));
        }
        catch (StripeException exception) when (IsOutcomeUnknown(exception.HttpStatusCode))
        {
            throw new PaymentGatewayUnavailableException($"Stripe answered {(int)exception.HttpStatusCode}: the refund's outcome is unknown.", exception);
        }
        catch (HttpRequestException exception)
        {
            throw new PaymentGatewayUnavailableException("Stripe could not be reached or the connection broke.", exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PaymentGatewayUnavailableException("Stripe did not answer in time.", exception);
        }
    }

    /// <summary>Reads a PaymentIntent (a charge's answer or a webhook's object) as our result.</summary>
    public static GatewayChargeResult ResultOf(PaymentIntent intent) => intent.Status switch
    {
        "succeeded" => GatewayChargeResult.Succeeded(intent.Id),
        "processing" => new GatewayChargeResult(GatewayChargeStatus.Processing, intent.Id),
        "requires_action" when intent.NextAction?.RedirectToUrl?.Url is { } authenticate => GatewayChargeResult.AwaitingCustomer(intent.Id, authenticate),
        "requires_action" => GatewayChargeResult.Failed(
            intent.Id, StripeDeclines.AuthenticationRequired, "The card's bank asks the customer to authenticate this payment."),
        "canceled" => GatewayChargeResult.Failed(intent.Id, StripeDeclines.AuthenticationFailure, StripeDeclines.NotAuthenticated),
        "requires_payment_method" => GatewayChargeResult.Failed(
            intent.Id,
            StripeDeclines.CodeOf(intent.LastPaymentError?.DeclineCode, intent.LastPaymentError?.Code),
            StripeDeclines.MessageOf(intent.LastPaymentError?.Message)),
        _ => throw new InvalidOperationException($"A confirmed PaymentIntent cannot be '{intent.Status}'."),
    };

    /// <summary>
    /// Status 0 is a failure before any answer; 409 is the same key still being processed; 429 and 5xx
    /// say nothing about whether the charge happened.
    /// </summary>
    private static bool IsOutcomeUnknown(HttpStatusCode status) =>
        status is 0 or HttpStatusCode.Conflict or HttpStatusCode.TooManyRequests || (int)status >= 500;
}
