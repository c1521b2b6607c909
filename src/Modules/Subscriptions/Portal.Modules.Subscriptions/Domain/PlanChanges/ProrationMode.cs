namespace Portal.Modules.Subscriptions.Domain.PlanChanges;

/// <summary>How a plan change is billed (Dodo's <c>proration_billing_mode</c>, published in snake_case).</summary>
internal enum ProrationMode
{
    /// <summary>Charges or credits the price difference for the unused rest of the period, to the second.</summary>
    ProratedImmediately,

    /// <summary>Charges the new plan's full price now and starts a new period today.</summary>
    FullImmediately,

    /// <summary>Charges the whole price difference now; a cheaper plan credits it.</summary>
    DifferenceImmediately,

    /// <summary>Changes the plan without charging or crediting anything; the next renewal charges the new price.</summary>
    DoNotBill,
}
