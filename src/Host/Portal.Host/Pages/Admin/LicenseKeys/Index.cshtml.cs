namespace Portal.Host.Pages.Admin.LicenseKeys;

/// <summary>Sales → License keys: the business's keys in the mode shown, newest first, 25 a page, of every status or of one.</summary>
public sealed class IndexModel(ISender sender) : StatusFilteredList<LicenseKeyDto>(sender)
{
    public static readonly IReadOnlyList<string> Statuses = ["active", "expired", "disabled"];

    public override AdminSection Section => AdminSection.LicenseKeys;

    protected override string ListPath => "/admin/license-keys";

    protected override bool Accepts(string status) => Statuses.Contains(status);

    protected override Task<IReadOnlyList<LicenseKeyDto>> ReadAsync(int pageNumber, int pageSize, CancellationToken cancellationToken) =>
        Sender.QueryAsync(new ListLicenseKeysQuery(BusinessId, Mode, null, null, Status, pageNumber, pageSize), cancellationToken);

    protected override string CustomerIdOf(LicenseKeyDto item) => item.CustomerId;
}
