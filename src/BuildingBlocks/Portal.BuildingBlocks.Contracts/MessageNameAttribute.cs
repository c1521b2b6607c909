namespace Portal.BuildingBlocks.Contracts;

/// <summary>
/// The name a persisted message type is stored under, in place of its CLR name: an integration event's in
/// outbox rows and delivery jobs, an integration-event handler's in inbox rows and delivery jobs. Lower case
/// and dotted, the owning module first (<c>billing.payment_failed</c>, <c>licensing.issue_license_keys</c>).
/// Renaming or moving the type is free; changing the name strands the rows and queued jobs that hold it, so
/// it takes a migration that rewrites them (ADR 0021).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class MessageNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
