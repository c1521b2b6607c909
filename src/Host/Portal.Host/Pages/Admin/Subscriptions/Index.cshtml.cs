namespace Portal.Host.Pages.Admin.Subscriptions;

/// <summary>
/// Sales → Subscriptions: the business's subscriptions in the mode shown, newest first, 25 a page,
/// of every status or of one; each row leads to the subscription and to its customer. Beside it, how many were cancelled
/// for each reason customers gave.
/// </summary>
public sealed class IndexModel(ISender sender) : StatusFilteredList<SubscriptionDto>(sender)
{
    public override AdminSection Section => AdminSection.Subscriptions;

    /// <summary>The status the list is filtered by, when <see cref="StatusFilteredList{TItem}.Status"/> names one.</summary>
    public SubscriptionStatus? SelectedStatus { get; private set; }

    /// <summary>Subscriptions cancelled for each reason their customers gave, most given first.</summary>
    public IReadOnlyList<KeyValuePair<CancellationFeedback, int>> CancellationFeedback { get; private set; } = [];

    protected override string ListPath => "/admin/subscriptions";

    protected override async Task LoadBesideAsync(CancellationToken cancellationToken) =>
        CancellationFeedback = [.. (await Sender.QueryAsync(new CountCancellationFeedbackQuery(BusinessId, Mode), cancellationToken))
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key)];

    protected override bool Accepts(string status)
    {
        SelectedStatus = Wire.TryParse<SubscriptionStatus>(status, out var selected) ? selected : null;
        return SelectedStatus is not null;
    }

    protected override Task<IReadOnlyList<SubscriptionDto>> ReadAsync(int pageNumber, int pageSize, CancellationToken cancellationToken) =>
        Sender.QueryAsync(new ListSubscriptionsQuery(BusinessId, Mode, null, Status, pageNumber, pageSize), cancellationToken);

    protected override string CustomerIdOf(SubscriptionDto item) => item.CustomerId;
}
