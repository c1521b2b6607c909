using System.Text.Json.Serialization;

namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>Why a customer cancels, in Dodo's words (<c>cancellation_feedback</c>): asked in the portal, sent by the API, counted for the merchant.</summary>
public enum CancellationFeedback
{
    [JsonStringEnumMemberName("too_expensive")]
    TooExpensive,

    [JsonStringEnumMemberName("missing_features")]
    MissingFeatures,

    [JsonStringEnumMemberName("switched_service")]
    SwitchedService,

    [JsonStringEnumMemberName("unused")]
    Unused,

    [JsonStringEnumMemberName("customer_service")]
    CustomerService,

    [JsonStringEnumMemberName("low_quality")]
    LowQuality,

    [JsonStringEnumMemberName("too_complex")]
    TooComplex,

    [JsonStringEnumMemberName("other")]
    Other,
}
