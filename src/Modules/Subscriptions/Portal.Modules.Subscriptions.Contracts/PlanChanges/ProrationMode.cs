namespace Portal.Modules.Subscriptions.Contracts.PlanChanges;

/// <summary>How a plan change is billed (Dodo's <c>proration_billing_mode</c>).</summary>
public enum ProrationMode
{
    /// <summary>Charges or credits the price difference for the unused rest of the period, to the second.</summary>
    [JsonStringEnumMemberName("prorated_immediately")]
    ProratedImmediately,

    /// <summary>Charges the new plan's full price now and starts a new period today.</summary>
    [JsonStringEnumMemberName("full_immediately")]
    FullImmediately,

    /// <summary>Charges the whole price difference now; a cheaper plan credits it.</summary>
    [JsonStringEnumMemberName("difference_immediately")]
    DifferenceImmediately,

    /// <summary>Changes the plan without charging or crediting anything; the next renewal charges the new price.</summary>
    [JsonStringEnumMemberName("do_not_bill")]
    DoNotBill,
}
