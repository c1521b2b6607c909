using Portal.Modules.Subscriptions.Domain.Products;

namespace Portal.Modules.Subscriptions.Domain.Subscriptions;

/// <summary>
/// A customer's subscription to a product, priced as the product was on the day it started. Its
/// lifecycle is the state machine of the spec (section 6): every method checks the state it may start
/// from, refuses the rest with a stable code and changes nothing, and records a history line.
/// Charges are made by Billing with idempotency keys derived from this row's committed state
/// (<see cref="FirstPaymentKey"/>, <see cref="RenewalKey"/>, <see cref="DuesKey"/>): whoever asks
/// again for the same period or the same dues attempt gets the same payment, never a second one.
/// </summary>
internal sealed class Subscription : AggregateRoot
{
    public const int MaxQuantity = 10_000;

    private readonly List<SubscriptionTransition> _transitions = [];

    private Subscription()
    {
    }

    public SubscriptionId Id { get; private set; }

    public BusinessId BusinessId { get; private set; }

    public Mode Mode { get; private set; }

    public CustomerId CustomerId { get; private set; }

    public ProductId ProductId { get; private set; }

    public int Quantity { get; private set; }

    public Currency Currency { get; private set; }

    /// <summary>Price of one unit per period before tax, as the product was priced when it started.</summary>
    public long UnitPrice { get; private set; }

    public int TaxRateBasisPoints { get; private set; }

    public BillingInterval Interval { get; private set; }

    /// <summary>Periods after which it expires; null renews until cancelled.</summary>
    public int? TermPeriods { get; private set; }

    public SubscriptionStatus Status { get; private set; }

    /// <summary>Periods are counted from here; a reactivation moves it to the day the dues were paid.</summary>
    public DateTimeOffset BillingAnchor { get; private set; }

    public int PeriodsSinceAnchor { get; private set; }

    /// <summary>Periods paid for since the start, for the term.</summary>
    public int PeriodsBilled { get; private set; }

    public DateTimeOffset CurrentPeriodStart { get; private set; }

    /// <summary>Also the next billing date.</summary>
    public DateTimeOffset CurrentPeriodEnd { get; private set; }

    /// <summary>Billing's id of the method renewals charge; null charges the customer's default method.</summary>
    public string? PaymentMethodId { get; private set; }

    public BillingAddress Billing { get; private set; } = null!;

    public bool CancelAtNextBillingDate { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancellationReason { get; private set; }

    public string? CancellationFeedback { get; private set; }

    public string? CancellationComment { get; private set; }

    /// <summary>What the customer owes while on hold (minor units, before tax); 0 otherwise.</summary>
    public long DuesAmount { get; private set; }

    public DateTimeOffset? OnHoldSince { get; private set; }

    /// <summary>Declined attempts at the current dues (any actor): the next attempt's key counts on from it.</summary>
    public int DuesAttemptsFailed { get; private set; }

    /// <summary>Scheduled retries already made (by the dues collection job).</summary>
    public int ScheduledRetriesMade { get; private set; }

    public DateTimeOffset? NextDuesAttemptAt { get; private set; }

    public string? LatestPaymentId { get; private set; }

    /// <summary>Plan changes applied so far: the next one's key counts on from it.</summary>
    public int PlanChanges { get; private set; }

    /// <summary>Declined charges of the next plan change: a new attempt gets a new key, so a decline never blocks the customer.</summary>
    public int PlanChangeAttemptsFailed { get; private set; }

    /// <summary>A plan change charged with <see cref="PlanChangeKey"/> whose payment waits for the customer's authentication; null otherwise.</summary>
    public PendingPlanChange? PendingPlanChange { get; private set; }

    /// <summary>The period end whose renewal the customer was told of in advance (yearly plans and longer); null when none was.</summary>
    public DateTimeOffset? RenewalRemindedFor { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Only the lines added since it was loaded (the history is read with a query).</summary>
    public IReadOnlyList<SubscriptionTransition> Transitions => _transitions;

    public DateTimeOffset NextBillingDate => CurrentPeriodEnd;

    /// <summary>The dues with their tax, as the dues charge's one line is taxed: what the customer is asked to pay.</summary>
    public Money DuesTotal
    {
        get
        {
            var dues = new Money(DuesAmount, Currency);
            return dues + dues.TaxAt(TaxRateBasisPoints);
        }
    }

    /// <summary>What a renewal charges with its tax, as its one line is taxed: quantity × unit price, taxed at the rate.</summary>
    public Money RenewalTotal
    {
        get
        {
            var amount = new Money(UnitPrice, Currency).Multiply(Quantity);
            return amount + amount.TaxAt(TaxRateBasisPoints);
        }
    }

    /// <summary>Quantity × unit price, before tax.</summary>
    public long RecurringAmount => UnitPrice * Quantity;

    public string FirstPaymentKey => $"subscription:{Id}:first";

    /// <summary>The key of the charge that renews the current period; stable until that period is renewed.</summary>
    public string RenewalKey => $"subscription:{Id}:renewal:{PeriodsBilled + 1}";

    /// <summary>The key of the next attempt at the current dues; stable until that attempt is declined.</summary>
    public string DuesKey => $"subscription:{Id}:dues:{PeriodsBilled}:{DuesAttemptsFailed + 1}";

    /// <summary>The key of the next plan change's charge: one per accepted change (and per declined attempt before it).</summary>
    public string PlanChangeKey => $"subscription:{Id}:plan:{PlanChanges + 1}:{PlanChangeAttemptsFailed + 1}";

    public PlanTerms Terms => new(UnitPrice, Quantity, TaxRateBasisPoints);

    public bool IsTerminal => Status is SubscriptionStatus.Cancelled or SubscriptionStatus.Expired or SubscriptionStatus.Failed;

    /// <summary>True when the current period is the last: at its end the subscription is cancelled or expires instead of renewing.</summary>
    public bool EndsWithCurrentPeriod => CancelAtNextBillingDate || (TermPeriods is { } term && PeriodsBilled >= term);

    public static Subscription Start(
        BusinessId businessId,
        Mode mode,
        CustomerId customerId,
        Product product,
        int quantity,
        string? paymentMethodId,
        BillingAddress billing,
        SubscriptionActor actor,
        DateTimeOffset now)
    {
        EnsureSubscribable(product, quantity);
        var interval = product.Interval!.Value;
        var subscription = new Subscription
        {
            Id = PrefixedId.New<SubscriptionId>(),
            BusinessId = businessId,
            Mode = mode,
            CustomerId = customerId,
            ProductId = product.Id,
            Quantity = quantity,
            Currency = product.Currency,
            UnitPrice = product.Price,
            TaxRateBasisPoints = product.TaxRateBasisPoints,
            Interval = interval,
            TermPeriods = product.TermPeriods,
            Status = SubscriptionStatus.Pending,
            BillingAnchor = now,
            PeriodsSinceAnchor = 1,
            PeriodsBilled = 1,
            CurrentPeriodStart = now,
            CurrentPeriodEnd = interval.After(now, 1),
            PaymentMethodId = paymentMethodId,
            Billing = billing,
            CreatedAt = now,
        };
        subscription.Record(now, SubscriptionChange.Created, SubscriptionStatus.Pending, actor, null, null);
        return subscription;
    }

    /// <summary>Refuses a product that cannot be subscribed to, or a quantity out of range, before anything is saved.</summary>
    public static void EnsureSubscribable(Product product, int quantity)
    {
        if (!product.IsRecurring || product.Interval is null)
        {
            throw new DomainException(Error.Unprocessable("PRODUCT_NOT_RECURRING", "Only subscription and usage-based products can be subscribed to."));
        }

        if (product.IsArchived)
        {
            throw new DomainException(Error.Unprocessable("PRODUCT_ARCHIVED", "This product is archived and no longer sold."));
        }

        if (quantity is < 1 or > MaxQuantity)
        {
            throw new DomainException(Error.Validation("INVALID_QUANTITY", $"The quantity is 1 to {MaxQuantity}."));
        }
    }

    /// <summary>The first payment's outcome: active, or failed. False when it was already applied.</summary>
    public bool ApplyFirstPayment(bool succeeded, string? paymentId, string? failureCode, DateTimeOffset now)
    {
        if (Status != SubscriptionStatus.Pending)
        {
            return false;
        }

        LatestPaymentId = paymentId ?? LatestPaymentId;
        Record(now, succeeded ? SubscriptionChange.Activated : SubscriptionChange.Failed, succeeded ? SubscriptionStatus.Active : SubscriptionStatus.Failed, SubscriptionActor.System, failureCode, paymentId);
        return true;
    }

    /// <summary>
    /// The period is over and the subscription active. A plan change waiting for the customer's authentication
    /// holds the renewal back (at most until the reconciliation job gives it up), so it is applied to the period it was priced for.
    /// </summary>
    public bool IsDue(DateTimeOffset now) => Status == SubscriptionStatus.Active && CurrentPeriodEnd <= now && PendingPlanChange is null;

    /// <summary>Refuses a renewal unless the subscription is active, its period is over and it goes on after it.</summary>
    public void EnsureRenewable(DateTimeOffset now)
    {
        EnsureNotTerminal();
        if (Status == SubscriptionStatus.OnHold)
        {
            throw new DomainException(Error.Conflict("SUBSCRIPTION_ON_HOLD", "An on-hold subscription renews only once its dues are paid."));
        }

        if (Status != SubscriptionStatus.Active)
        {
            throw new DomainException(Error.Conflict("SUBSCRIPTION_NOT_ACTIVE", "Only an active subscription renews."));
        }

        if (CurrentPeriodEnd > now)
        {
            throw new DomainException(Error.Conflict("RENEWAL_NOT_DUE", "The current period has not ended yet."));
        }

        if (EndsWithCurrentPeriod)
        {
            throw new DomainException(Error.Conflict("SUBSCRIPTION_ENDING", "This subscription ends with its current period instead of renewing."));
        }
    }

    /// <summary>At the end of a last period: cancelled (when asked) or expired (term served). False when it goes on.</summary>
    public bool CloseEndedPeriod(DateTimeOffset now)
    {
        if (!IsDue(now) || !EndsWithCurrentPeriod)
        {
            return false;
        }

        if (CancelAtNextBillingDate)
        {
            CancelledAt = CurrentPeriodEnd;
            CancellationReason ??= "cancel_at_period_end";
            Record(now, SubscriptionChange.Cancelled, SubscriptionStatus.Cancelled, SubscriptionActor.System, "cancel_at_period_end", null);
        }
        else
        {
            Record(now, SubscriptionChange.Expired, SubscriptionStatus.Expired, SubscriptionActor.System, "term_completed", null);
        }

        return true;
    }

    /// <summary>
    /// The outcome of the renewal charge made with <paramref name="renewalKey"/>: a new period, or on
    /// hold with the amount as dues. False (and nothing changes) when that period was already settled.
    /// </summary>
    public bool ApplyRenewal(string renewalKey, bool succeeded, string? paymentId, string? failureCode, DuesSchedule schedule, DateTimeOffset now)
    {
        if (Status != SubscriptionStatus.Active || renewalKey != RenewalKey)
        {
            return false;
        }

        LatestPaymentId = paymentId ?? LatestPaymentId;
        if (succeeded)
        {
            StartNextPeriod();
            Record(now, SubscriptionChange.Renewed, SubscriptionStatus.Active, SubscriptionActor.System, null, paymentId);
            return true;
        }

        DuesAmount = RecurringAmount;
        OnHoldSince = now;
        DuesAttemptsFailed = 0;
        ScheduledRetriesMade = 0;
        NextDuesAttemptAt = schedule.RetryAfter.Count > 0 ? now + schedule.RetryAfter[0] : null;
        Record(now, SubscriptionChange.PutOnHold, SubscriptionStatus.OnHold, SubscriptionActor.System, failureCode, paymentId);
        return true;
    }

    /// <summary>Refuses a dues attempt unless the subscription is on hold.</summary>
    public void EnsureDuesOwed()
    {
        EnsureNotTerminal();
        if (Status != SubscriptionStatus.OnHold)
        {
            throw new DomainException(Error.Conflict("SUBSCRIPTION_NOT_ON_HOLD", "Only an on-hold subscription has dues to pay."));
        }
    }

    public bool IsDuesRetryDue(DateTimeOffset now) => Status == SubscriptionStatus.OnHold && NextDuesAttemptAt <= now;

    /// <summary>
    /// The outcome of the dues charge made with <paramref name="duesKey"/>. Paid → active again with a
    /// new period from today (the time on hold is not charged). Declined → still on hold; when the
    /// attempt was the scheduled retry, the schedule moves on, and after its last try the subscription
    /// is cancelled (or waits for the customer, as configured). False when already applied.
    /// </summary>
    public bool ApplyDuesPayment(string duesKey, bool succeeded, string? paymentId, string? failureCode, bool scheduledRetry, DuesSchedule schedule, SubscriptionActor actor, DateTimeOffset now)
    {
        if (Status != SubscriptionStatus.OnHold || duesKey != DuesKey)
        {
            return false;
        }

        LatestPaymentId = paymentId ?? LatestPaymentId;
        if (succeeded)
        {
            DuesAmount = 0;
            OnHoldSince = null;
            DuesAttemptsFailed = 0;
            ScheduledRetriesMade = 0;
            NextDuesAttemptAt = null;
            BillingAnchor = now;
            PeriodsSinceAnchor = 0;
            CurrentPeriodEnd = now;
            StartNextPeriod();
            Record(now, SubscriptionChange.Reactivated, SubscriptionStatus.Active, actor, null, paymentId);
            return true;
        }

        DuesAttemptsFailed++;
        if (scheduledRetry)
        {
            ScheduledRetriesMade++;
            NextDuesAttemptAt = ScheduledRetriesMade < schedule.RetryAfter.Count ? OnHoldSince + schedule.RetryAfter[ScheduledRetriesMade] : null;
        }

        Record(now, SubscriptionChange.DuesAttemptFailed, SubscriptionStatus.OnHold, actor, failureCode, paymentId);
        if (scheduledRetry && NextDuesAttemptAt is null && schedule.CancelAfterLastFailure)
        {
            Terminate(SubscriptionActor.System, "dues_unpaid", now);
        }

        return true;
    }

    /// <summary>Cancels now: access ends today and nothing is charged any more (dues included).</summary>
    public void CancelNow(SubscriptionActor actor, string reason, DateTimeOffset now)
    {
        EnsureNotTerminal();
        CancelAtNextBillingDate = false;
        Terminate(actor, reason, now);
    }

    /// <summary>Cancels at the end of the period: access continues until then and the cancellation can be undone.</summary>
    public bool ScheduleCancellation(SubscriptionActor actor, DateTimeOffset now)
    {
        EnsureNotTerminal();
        if (Status != SubscriptionStatus.Active)
        {
            throw new DomainException(Error.Conflict("SUBSCRIPTION_NOT_ACTIVE", "Only an active subscription can be cancelled at the end of its period; cancel an on-hold one now."));
        }

        if (CancelAtNextBillingDate)
        {
            return false;
        }

        CancelAtNextBillingDate = true;
        Record(now, SubscriptionChange.CancellationScheduled, Status, actor, null, null);
        return true;
    }

    public bool UndoScheduledCancellation(SubscriptionActor actor, DateTimeOffset now)
    {
        EnsureNotTerminal();
        if (!CancelAtNextBillingDate)
        {
            return false;
        }

        CancelAtNextBillingDate = false;
        Record(now, SubscriptionChange.CancellationUndone, Status, actor, null, null);
        return true;
    }

    public void RecordCancellationFeedback(string? feedback, string? comment)
    {
        CancellationFeedback = feedback ?? CancellationFeedback;
        CancellationComment = comment ?? CancellationComment;
    }

    public bool ChangeBilling(BillingAddress billing, SubscriptionActor actor, DateTimeOffset now)
    {
        EnsureNotTerminal();
        if (billing == Billing)
        {
            return false;
        }

        Billing = billing;
        Record(now, SubscriptionChange.BillingUpdated, Status, actor, null, null);
        return true;
    }

    /// <summary>The reason of a payment method change made by paying the dues with that card: the reactivation tells the customer of it.</summary>
    public const string DuesPaidWithTheCard = "dues_paid";

    /// <summary>The card that pays from now on; <paramref name="reason"/> is <see cref="DuesPaidWithTheCard"/> when it just paid the dues.</summary>
    public bool ChangePaymentMethod(string paymentMethodId, SubscriptionActor actor, DateTimeOffset now, string? reason = null)
    {
        EnsureNotTerminal();
        if (paymentMethodId == PaymentMethodId)
        {
            return false;
        }

        PaymentMethodId = paymentMethodId;
        Record(now, SubscriptionChange.PaymentMethodChanged, Status, actor, reason, null);
        return true;
    }

    /// <summary>Refuses a plan change unless the subscription is active (an on-hold one pays its dues first).</summary>
    public void EnsurePlanChangeable()
    {
        EnsureNotTerminal();
        if (Status == SubscriptionStatus.OnHold)
        {
            throw new DomainException(Error.Conflict("SUBSCRIPTION_ON_HOLD", "An on-hold subscription changes plan only once its dues are paid."));
        }

        if (Status != SubscriptionStatus.Active)
        {
            throw new DomainException(Error.Conflict("SUBSCRIPTION_NOT_ACTIVE", "Only an active subscription can change plan."));
        }
    }

    /// <summary>
    /// Moves to <paramref name="product"/> × <paramref name="quantity"/>, billed as <paramref name="quote"/>
    /// says (its charge, if any, already paid with <paramref name="paymentId"/>). The new price applies from
    /// the next renewal; <c>full_immediately</c> starts a new, paid period now. A product with another
    /// interval counts its periods from the current period's end.
    /// </summary>
    public void ChangePlan(Product product, int quantity, PlanChangeQuote quote, string? paymentId, SubscriptionActor actor, DateTimeOffset now)
    {
        EnsurePlanChangeable();
        EnsureSubscribable(product, quantity);
        var from = ProductId;
        var interval = product.Interval!.Value;
        ProductId = product.Id;
        Quantity = quantity;
        UnitPrice = product.Price;
        TaxRateBasisPoints = product.TaxRateBasisPoints;
        TermPeriods = product.TermPeriods;
        if (interval != Interval)
        {
            Interval = interval;
            BillingAnchor = CurrentPeriodEnd;
            PeriodsSinceAnchor = 0;
        }

        if (quote.RestartsPeriod)
        {
            BillingAnchor = now;
            PeriodsSinceAnchor = 0;
            CurrentPeriodEnd = now;
            StartNextPeriod();
        }

        PlanChanges++;
        PlanChangeAttemptsFailed = 0;
        PendingPlanChange = null;
        LatestPaymentId = paymentId ?? LatestPaymentId;
        Record(now, SubscriptionChange.PlanChanged, Status, actor, Wire.Name(quote.Mode), paymentId, from, product.Id);
        Raise(new SubscriptionPlanChangedDomainEvent(this, from, quote, paymentId, now));
    }

    /// <summary>
    /// The plan change's charge waits for the customer's authentication: nothing changes but that it is remembered,
    /// quote and all, until its payment settles (<see cref="ChangePlan"/> or <see cref="RecordPlanChangeDeclined"/>).
    /// Its key stays the next plan change's, so asking again finds the same payment.
    /// </summary>
    public void AwaitPlanChangeAuthentication(ProductId target, int quantity, PlanChangeQuote quote, string paymentId, DateTimeOffset now)
    {
        EnsurePlanChangeable();
        PendingPlanChange = PendingPlanChange.Of(target, quantity, quote, paymentId, PlanChangeKey);
        UpdatedAt = now;
    }

    /// <summary>The plan change's charge was declined: the plan stays, and the next attempt gets a new key.</summary>
    public void RecordPlanChangeDeclined(ProductId target, string? failureCode, string? paymentId, SubscriptionActor actor, DateTimeOffset now)
    {
        EnsurePlanChangeable();
        PlanChangeAttemptsFailed++;
        PendingPlanChange = null;
        Record(now, SubscriptionChange.PlanChangeDeclined, Status, actor, failureCode, paymentId, ProductId, target);
    }

    /// <summary>
    /// Test mode's rehearsal: moves the subscription's dates back so that what is next (the renewal of
    /// an active one, the dues retry of an on-hold one) is due now. Live subscriptions never move.
    /// </summary>
    public void TravelToNextEvent(SubscriptionActor actor, DateTimeOffset now)
    {
        if (Mode != Mode.Test)
        {
            throw new DomainException(Error.Unprocessable("TEST_MODE_ONLY", "Time travel works on test-mode subscriptions only."));
        }

        EnsureNotTerminal();
        var target = Status switch
        {
            SubscriptionStatus.Active => CurrentPeriodEnd,
            SubscriptionStatus.OnHold => NextDuesAttemptAt ?? now,
            _ => throw new DomainException(Error.Conflict("SUBSCRIPTION_NOT_ACTIVE", "Only an active or on-hold subscription has a next billing event.")),
        };
        var shift = target > now ? target - now : TimeSpan.Zero;
        CurrentPeriodStart -= shift;
        CurrentPeriodEnd -= shift;

        // Periods count on from the new end, so the next one is a whole interval (a fixed shift of a
        // month-based anchor would make it a day longer or shorter).
        BillingAnchor = CurrentPeriodEnd;
        PeriodsSinceAnchor = 0;
        NextDuesAttemptAt = Status == SubscriptionStatus.OnHold ? now : NextDuesAttemptAt;
        Record(now, SubscriptionChange.TimeTravelled, Status, actor, $"{(long)shift.TotalSeconds}s", null);
    }

    private void StartNextPeriod()
    {
        PeriodsSinceAnchor++;
        PeriodsBilled++;
        CurrentPeriodStart = CurrentPeriodEnd;
        CurrentPeriodEnd = Interval.After(BillingAnchor, PeriodsSinceAnchor);
    }

    private void Terminate(SubscriptionActor actor, string reason, DateTimeOffset now)
    {
        CancelledAt = now;
        CancellationReason = reason;
        NextDuesAttemptAt = null;
        Record(now, SubscriptionChange.Cancelled, SubscriptionStatus.Cancelled, actor, reason, null);
    }

    /// <summary>Refuses any change to a cancelled, expired or failed subscription (409 with its own code).</summary>
    public void EnsureNotTerminal()
    {
        if (IsTerminal)
        {
            throw new DomainException(Status switch
            {
                SubscriptionStatus.Cancelled => Error.Conflict("SUBSCRIPTION_CANCELLED", "This subscription is cancelled; nothing about it can change any more."),
                SubscriptionStatus.Expired => Error.Conflict("SUBSCRIPTION_EXPIRED", "This subscription has expired; nothing about it can change any more."),
                _ => Error.Conflict("SUBSCRIPTION_FAILED", "This subscription never started: its first payment was declined."),
            });
        }
    }

    private void Record(
        DateTimeOffset now, SubscriptionChange change, SubscriptionStatus to, SubscriptionActor actor, string? reason, string? paymentId,
        ProductId? fromProductId = null, ProductId? toProductId = null)
    {
        var transition = SubscriptionTransition.Record(now, change, Status, to, actor, reason, paymentId, fromProductId, toProductId);
        Status = to;
        UpdatedAt = now;
        _transitions.Add(transition);
        Raise(new SubscriptionTransitionedDomainEvent(this, transition));
    }
}
