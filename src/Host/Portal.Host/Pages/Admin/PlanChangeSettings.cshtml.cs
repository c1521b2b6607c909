namespace Portal.Host.Pages.Admin;

/// <summary>
/// The business's plan-change rule, for both modes (ADR 0015): <em>Allow subscription updates</em> and
/// how upgrades and downgrades are billed by default. A mode the platform does not know is refused (422).
/// </summary>
public sealed class PlanChangeSettingsModel(ISender sender) : AdminPageModel
{
    public static readonly IReadOnlyList<string> Modes = ["prorated_immediately", "full_immediately", "difference_immediately", "do_not_bill"];

    public override AdminSection Section => AdminSection.Settings;

    [BindProperty]
    public bool AllowSubscriptionUpdates { get; set; }

    [BindProperty]
    public string? UpgradeMode { get; set; }

    [BindProperty]
    public string? DowngradeMode { get; set; }

    public bool Invalid { get; private set; }

    [TempData]
    public bool Saved { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var settings = await sender.QueryAsync(new GetPlanChangeSettingsQuery(BusinessId), cancellationToken);
        (AllowSubscriptionUpdates, UpgradeMode, DowngradeMode) = (settings.AllowSubscriptionUpdates, settings.UpgradeProrationMode, settings.DowngradeProrationMode);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(new SavePlanChangeSettingsCommand(BusinessId, AllowSubscriptionUpdates, UpgradeMode, DowngradeMode), cancellationToken);
        }
        catch (DomainException exception) when (exception.Error.Code == "INVALID_PRORATION_MODE")
        {
            Invalid = true;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Saved = true;
        return Redirect(AdminHref("/admin/settings/plan-changes"));
    }
}
