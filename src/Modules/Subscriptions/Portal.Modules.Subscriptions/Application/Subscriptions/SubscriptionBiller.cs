using Microsoft.Extensions.Options;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Application.PlanChanges;
using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions;

/// <summary>
/// Charges a subscription through Billing (ADR 0012) and applies the outcome, for a subscription whose
/// row the caller has locked: the key comes from the committed row, so a crash after the charge and
/// before the commit makes the next attempt replay the same key and find the same payment. A
/// <c>processing</c> answer changes nothing: the next attempt replays the key, or Billing's event
/// settles it (<see cref="SettlePayments.LatePaymentOutcome"/>). Nor does a payment waiting for the customer's
/// authentication: only a charge made with the customer present (<see cref="PresentCustomer"/>) learns where
/// to send them; to any other caller it is a payment whose outcome is not known yet.
/// </summary>
internal sealed class SubscriptionBiller(ISender sender, ISubscriptionsDbContext db, IOptions<SubscriptionsOptions> options, TimeProvider time)
{
    public const string SimulatedDecline = "simulated_decline";

    public DuesSchedule Schedule => options.Value.DuesSchedule;

    /// <summary>Renews a due subscription, or ends it if its last period is over. False when there was nothing to do.</summary>
    public async Task<bool> RenewAsync(Subscription subscription, bool simulateDecline, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!subscription.IsDue(now))
        {
            return false;
        }

        if (subscription.CloseEndedPeriod(now))
        {
            return true;
        }

        subscription.EnsureRenewable(now);
        var key = subscription.RenewalKey;
        var outcome = await ChargePeriodAsync(subscription, key, "renewal", subscription.RecurringAmount, namedMethodId: null, simulateDecline, cancellationToken);
        return outcome is not null
            && subscription.ApplyRenewal(key, outcome.Succeeded, outcome.PaymentId, outcome.FailureCode, Schedule, time.GetUtcNow());
    }

    /// <summary>
    /// Charges the dues of an on-hold subscription; paid → active again. Null payment id when nothing was
    /// charged. With <paramref name="namedMethodId"/> (a customer or merchant picking a card) Billing checks
    /// the method is the customer's, even when the key replays an earlier attempt: a foreign or removed one
    /// is a 404, not a decline.
    /// </summary>
    public async Task<ChargeResult?> CollectDuesAsync(
        Subscription subscription, string? namedMethodId, bool scheduledRetry, SubscriptionActor actor, bool simulateDecline, CancellationToken cancellationToken, PresentCustomer? present = null)
    {
        subscription.EnsureDuesOwed();
        var key = subscription.DuesKey;
        var outcome = await ChargePeriodAsync(subscription, key, "dues", subscription.DuesAmount, namedMethodId, simulateDecline, cancellationToken, present);
        if (outcome is { AuthenticationUrl: null })
        {
            subscription.ApplyDuesPayment(key, outcome.Succeeded, outcome.PaymentId, outcome.FailureCode, scheduledRetry, Schedule, actor, time.GetUtcNow());
        }

        return outcome;
    }

    /// <summary>The first payment of a new subscription.</summary>
    public async Task ChargeFirstPaymentAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        var outcome = await ChargePeriodAsync(subscription, subscription.FirstPaymentKey, "first", subscription.RecurringAmount, namedMethodId: null, false, cancellationToken);
        if (outcome is not null)
        {
            subscription.ApplyFirstPayment(outcome.Succeeded, outcome.PaymentId, outcome.FailureCode, time.GetUtcNow());
        }
    }

    /// <summary>
    /// Charges what a plan change costs now (<see cref="PlannedChange"/>), with the key of the next plan
    /// change: the new plan's name, before tax, taxed at its rate. Null while the gateway's answer is unknown.
    /// </summary>
    public Task<ChargeResult?> ChargePlanChangeAsync(Subscription subscription, PlannedChange plan, CancellationToken cancellationToken, PresentCustomer? present = null)
    {
        var line = plan.Quote.RestartsPeriod
            ? new ChargeLine(ChargeText.NewPlanNewPeriod(plan.Target.Name), plan.Target.Id.Value, plan.Quantity, plan.Target.Price, plan.Target.TaxRateBasisPoints)
            : new ChargeLine(ChargeText.PlanChangeProrated(plan.Target.Name), plan.Target.Id.Value, 1, plan.Quote.Charge.MinorUnits, plan.Target.TaxRateBasisPoints);
        return ChargeAsync(
            subscription, subscription.PlanChangeKey, ChargeText.PlanChange(plan.Target.Name), [line], namedMethodId: null, simulateDecline: false, cancellationToken, present);
    }

    /// <summary>
    /// Settles the payment of the plan change waiting for the customer's authentication, never starting one. With the
    /// customer present it may still wait (where to send them); otherwise one still waiting is given up, so the
    /// outcome is known. Null while the gateway's answer is unknown.
    /// </summary>
    public async Task<ChargeResult?> SettlePendingPlanChangeAsync(Subscription subscription, PendingPlanChange pending, PresentCustomer? present, CancellationToken cancellationToken)
    {
        var outcome = await sender.SendAsync(
            new SettlePaymentCommand(
                subscription.BusinessId.Value, subscription.Mode, subscription.CustomerId.Value, pending.PaymentId, present?.ReturnUrl, GiveUpAuthentication: present is null),
            cancellationToken);
        return ResultOf(outcome, present);
    }

    private async Task<ChargeResult?> ChargePeriodAsync(
        Subscription subscription, string key, string purpose, long unitTotal, string? namedMethodId, bool simulateDecline, CancellationToken cancellationToken, PresentCustomer? present = null)
    {
        var productName = await db.Products.AsNoTracking().Where(p => p.Id == subscription.ProductId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken)
            ?? subscription.ProductId.Value;
        var description = purpose switch
        {
            "renewal" => ChargeText.Renewal(productName),
            "dues" => ChargeText.AmountDue(productName),
            _ => ChargeText.Subscription(productName),
        };
        var period = ChargeText.Period(
            productName, DateOnly.FromDateTime(subscription.CurrentPeriodStart.UtcDateTime), DateOnly.FromDateTime(subscription.CurrentPeriodEnd.UtcDateTime));
        var lines = unitTotal == subscription.RecurringAmount
            ? [new ChargeLine(period, subscription.ProductId.Value, subscription.Quantity, subscription.UnitPrice, subscription.TaxRateBasisPoints)]
            : new[] { new ChargeLine(ChargeText.AmountDue(productName), subscription.ProductId.Value, 1, unitTotal, subscription.TaxRateBasisPoints) };
        return await ChargeAsync(subscription, key, description, lines, namedMethodId, simulateDecline, cancellationToken, present);
    }

    /// <summary>
    /// Charges <paramref name="namedMethodId"/>, or else the subscription's method (the customer's default
    /// when it has none). Null while the gateway's answer is unknown.
    /// </summary>
    private async Task<ChargeResult?> ChargeAsync(
        Subscription subscription, string key, ChargeText description, IReadOnlyList<ChargeLine> lines, string? namedMethodId, bool simulateDecline, CancellationToken cancellationToken,
        PresentCustomer? present = null)
    {
        if (simulateDecline)
        {
            return new ChargeResult(false, null, SimulatedDecline);
        }

        try
        {
            var outcome = await sender.SendAsync(
                new ChargeCustomerCommand(
                    subscription.BusinessId.Value,
                    subscription.Mode,
                    subscription.CustomerId.Value,
                    key,
                    subscription.Currency.Code,
                    lines,
                    description,
                    namedMethodId ?? subscription.PaymentMethodId,
                    subscription.Id.Value,
                    subscription.Billing.ToInvoiceText(),
                    PaymentMethodChosenNow: namedMethodId is not null,
                    present?.ReturnUrl,
                    present?.BackFromAuthentication ?? false),
                cancellationToken);
            return ResultOf(outcome, present);
        }
        catch (DomainException exception) when (namedMethodId is null && exception.Error.Kind is ErrorKind.NotFound or ErrorKind.Unprocessable)
        {
            // The subscription's method is gone (removed, or none at all): a decline without a payment, so the
            // customer is asked for a card. A method the caller named and may not use is the caller's error instead.
            return new ChargeResult(false, null, exception.Error.Code.ToLowerInvariant());
        }
    }

    private static ChargeResult? ResultOf(ChargeOutcome outcome, PresentCustomer? present) => outcome.Status switch
    {
        ChargeStatus.Succeeded => new ChargeResult(true, outcome.PaymentId, null, outcome.CreditApplied),
        ChargeStatus.Failed => new ChargeResult(false, outcome.PaymentId, outcome.FailureCode ?? "card_declined"),
        ChargeStatus.RequiresCustomerAction when present is not null && outcome.AuthenticationUrl is { } url =>
            new ChargeResult(false, outcome.PaymentId, null, AuthenticationUrl: url),
        _ => null,
    };
}

/// <summary>
/// A settled charge: <see cref="PaymentId"/> is null when nothing reached the gateway; <see cref="CreditApplied"/> is what the
/// customer's balance paid of it. With an <see cref="AuthenticationUrl"/> it is not settled: the customer must authenticate it there.
/// </summary>
internal sealed record ChargeResult(bool Succeeded, string? PaymentId, string? FailureCode, long CreditApplied = 0, string? AuthenticationUrl = null);
