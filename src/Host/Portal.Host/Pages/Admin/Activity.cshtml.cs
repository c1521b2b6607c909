using Portal.Modules.Identity.Contracts.Audit;

namespace Portal.Host.Pages.Admin;

/// <summary>
/// The owner's view of the business's audit trail: every change made by the team (and by operators for
/// the business), newest first, 25 a page, filtered by action or by who made it.
/// </summary>
public sealed class ActivityModel(ISender sender) : AdminPageModel
{
    public override AdminSection Section => AdminSection.Activity;

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "actor")]
    public string? ActorFilter { get; set; }

    public AuditEntriesPage Entries { get; private set; } = new([], false);

    public PagerLinks Pager { get; private set; } = new(1, false, _ => string.Empty);

    public bool Filtered => !string.IsNullOrWhiteSpace(ActionFilter) || !string.IsNullOrWhiteSpace(ActorFilter);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            var page = PagerLinks.PageFrom(Request.Query);
            Entries = await sender.QueryAsync(new ListAuditEntriesQuery(BusinessId, ActionFilter, ActorFilter, page), cancellationToken);
            Pager = new PagerLinks(
                page, Entries.HasNextPage, number => AdminHref("/admin/activity", ("action", ActionFilter), ("actor", ActorFilter), ("page", PagerLinks.PageValue(number))));
            return Page();
        }
        catch (ValidationException)
        {
            // Only filters longer than their inputs allow get here.
            return StatusCode(StatusCodes.Status422UnprocessableEntity);
        }
    }
}
