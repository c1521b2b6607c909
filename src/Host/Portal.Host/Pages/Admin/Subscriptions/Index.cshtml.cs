namespace Portal.Host.Pages.Admin.Subscriptions;

/// <summary>
/// Sales → Subscriptions: the business's subscriptions in the mode shown, newest first, 25 a page,
/// of every status or of one; each row leads to the subscription and to its customer.
/// </summary>
public sealed class IndexModel(ISender sender) : StatusFilteredList<SubscriptionDto>(sender)
{
    public override AdminSection Section => AdminSection.Subscriptions;

    /// <summary>The status the list is filtered by, when <see cref="StatusFilteredList{TItem}.Status"/> names one.</summary>
    public SubscriptionStatus? SelectedStatus { get; private set; }

    protected override string ListPath => "/admin/subscriptions";

    protected override bool Accepts(string status)
    {
        SelectedStatus = Wire.TryParse<SubscriptionStatus>(status, out var selected) ? selected : null;
        return SelectedStatus is not null;
    }

    protected override Task<IReadOnlyList<SubscriptionDto>> ReadAsync(int pageNumber, int pageSize, CancellationToken cancellationToken) =>
        Sender.QueryAsync(new ListSubscriptionsQuery(BusinessId, Mode, null, Status, pageNumber, pageSize), cancellationToken);

    protected override string CustomerIdOf(SubscriptionDto item) => item.CustomerId;
}
