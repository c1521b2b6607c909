using Portal.Modules.Webhooks.Contracts.Deliveries;
using Portal.Modules.Webhooks.Contracts.Endpoints;

namespace Portal.Host.Pages.Admin.Webhooks;

/// <summary>
/// One endpoint: its settings, its signing secret (revealed only in the answer to a POST asking for it,
/// never cached), a test event, and its delivery log with replays. Another business's or mode's endpoint is
/// a 404. Deleting and rolling the secret go through confirmation pages.
/// </summary>
public sealed class DetailsModel(ISender sender, TimeProvider time) : AdminPageModel
{
    public const int PageSize = 20;

    public override AdminSection Section => AdminSection.Webhooks;

    public override string ModeSwitchPath => "/admin/webhooks";

    public WebhookEndpointDto Endpoint { get; private set; } = null!;

    public IReadOnlyList<WebhookDeliveryDto> Deliveries { get; private set; } = [];

    public PagerLinks Pager { get; private set; } = null!;

    [BindProperty]
    public WebhookForm Form { get; set; } = new();

    /// <summary>What the last action did, carried across its redirect: Created, Saved, TestSent, Replayed, ReplayedFailed, Rolled.</summary>
    [TempData]
    public string? Notice { get; set; }

    [TempData]
    public int ReplayedCount { get; set; }

    /// <summary>The secret in plain text: set only in the answer to the POST that revealed it.</summary>
    public string? RevealedSecret { get; private set; }

    /// <summary>When failures are replayed from (UTC), as the date-time field shows it.</summary>
    [BindProperty]
    public DateTime? ReplaySince { get; set; }

    public string? ActionError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string webhookId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(webhookId, cancellationToken))
        {
            return NotFound();
        }

        Form = WebhookForm.From(Endpoint);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string webhookId, CancellationToken cancellationToken) =>
        ActAsync(webhookId, async () =>
        {
            try
            {
                await sender.SendAsync(new UpdateWebhookEndpointCommand(BusinessId, Mode, webhookId, Form.Input(withEnabled: true)), cancellationToken);
                return Done("Saved", webhookId);
            }
            catch (DomainException exception) when (Form.Refused(exception))
            {
                return null;
            }
        }, keepForm: true, cancellationToken);

    public Task<IActionResult> OnPostRevealAsync(string webhookId, CancellationToken cancellationToken) =>
        ActAsync(webhookId, async () =>
        {
            RevealedSecret = await sender.QueryAsync(new GetWebhookSecretQuery(BusinessId, Mode, webhookId), cancellationToken);
            DoNotStore();
            return null;
        }, keepForm: false, cancellationToken, failed: false);

    public Task<IActionResult> OnPostTestAsync(string webhookId, CancellationToken cancellationToken) =>
        ActAsync(webhookId, async () =>
        {
            try
            {
                await sender.SendAsync(new SendTestWebhookCommand(BusinessId, Mode, webhookId), cancellationToken);
                return Done("TestSent", webhookId);
            }
            catch (DomainException exception) when (exception.Error.Kind == ErrorKind.Validation)
            {
                ActionError = exception.Error.Code;
                return null;
            }
        }, keepForm: false, cancellationToken);

    public Task<IActionResult> OnPostReplayAsync(string webhookId, Guid deliveryId, CancellationToken cancellationToken) =>
        ActAsync(webhookId, async () =>
        {
            await sender.SendAsync(new ReplayWebhookDeliveryCommand(BusinessId, Mode, webhookId, deliveryId), cancellationToken);
            return Done("Replayed", webhookId);
        }, keepForm: false, cancellationToken);

    public Task<IActionResult> OnPostReplayFailedAsync(string webhookId, CancellationToken cancellationToken) =>
        ActAsync(webhookId, async () =>
        {
            if (ReplaySince is not { } since)
            {
                ActionError = "REPLAY_SINCE_REQUIRED";
                return null;
            }

            ReplayedCount = await sender.SendAsync(
                new ReplayFailedWebhookDeliveriesCommand(BusinessId, Mode, webhookId, new DateTimeOffset(DateTime.SpecifyKind(since, DateTimeKind.Utc))), cancellationToken);
            return Done("ReplayedFailed", webhookId);
        }, keepForm: false, cancellationToken);

    /// <summary>The default of the replay field: a day ago, to the minute, as <c>datetime-local</c> writes it.</summary>
    public string ReplaySinceValue => (ReplaySince ?? time.GetUtcNow().UtcDateTime.AddDays(-1)).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private IActionResult Done(string notice, string webhookId)
    {
        Notice = notice;
        return Redirect(AdminHref("/admin/webhooks/" + webhookId));
    }

    /// <summary>
    /// Runs an action on the endpoint: its redirect when it succeeded; otherwise the page again (422 when the
    /// action was refused), with the form as posted or as saved. 404 for an endpoint that is not the business's.
    /// </summary>
    private async Task<IActionResult> ActAsync(string webhookId, Func<Task<IActionResult?>> act, bool keepForm, CancellationToken cancellationToken, bool failed = true)
    {
        try
        {
            if (await act() is { } redirect)
            {
                return redirect;
            }
        }
        catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        if (!await LoadAsync(webhookId, cancellationToken))
        {
            return NotFound();
        }

        if (!keepForm)
        {
            Form = WebhookForm.From(Endpoint);
        }

        if (failed)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }

    private async Task<bool> LoadAsync(string webhookId, CancellationToken cancellationToken)
    {
        var page = PagerLinks.PageFrom(Request.Query);
        try
        {
            var log = await sender.QueryAsync(new ListWebhookDeliveriesQuery(BusinessId, Mode, webhookId, page - 1, PageSize), cancellationToken);
            Endpoint = log.Endpoint;
            Deliveries = log.Deliveries;
            Pager = new PagerLinks(page, log.HasMore, p => AdminHref("/admin/webhooks/" + webhookId, ("page", PagerLinks.PageValue(p))));
            return true;
        }
        catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
        {
            return false;
        }
    }
}
