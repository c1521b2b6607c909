namespace Portal.Modules.Webhooks.Application.Delivery;

/// <summary>Asks for a run of the delivery job now (Hangfire); the recurring sweep finds anything a lost wake-up leaves.</summary>
internal interface IDeliveryTrigger
{
    void Wake();

    /// <summary>Asks for a run when the earliest retry falls due.</summary>
    void WakeAt(DateTimeOffset when);
}
