using MediatR;

namespace Portal.Host.Pages.Admin.Team;

/// <summary>
/// The owner's page for the business's team: invite someone by email with a role (they choose their
/// password through the emailed link), change a member's role, remove a member. Changing a role or removing
/// someone ends their sessions at once. The business always keeps an owner.
/// </summary>
public sealed class IndexModel(ISender sender) : AdminPageModel
{
    public static readonly MerchantRole[] Roles = [MerchantRole.Owner, MerchantRole.Admin, MerchantRole.Support];

    public override AdminSection Section => AdminSection.Team;

    public IReadOnlyList<TeamMemberDto> Members { get; private set; } = [];

    [BindProperty]
    public string? InviteEmail { get; set; }

    [BindProperty]
    public string? InviteName { get; set; }

    [BindProperty]
    public MerchantRole InviteRole { get; set; } = MerchantRole.Support;

    public FormErrors Errors { get; } = new();

    /// <summary>What the last change did or why it was refused, as a resource key, carried across the redirect.</summary>
    [TempData]
    public string? Outcome { get; set; }

    /// <summary>The member whose removal waits for the owner's confirmation (<c>?remove=</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "remove")]
    public Guid? RemoveUserId { get; set; }

    public TeamMemberDto? PendingRemoval => Members.FirstOrDefault(m => m.UserId == RemoveUserId);

    public bool OutcomeIsError => Outcome == "Team.LastOwner";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(
                new InviteTeamMemberCommand(BusinessId, InviteEmail ?? string.Empty, InviteName ?? string.Empty, InviteRole, PageLanguage.Current),
                cancellationToken);
            Outcome = "Team.Invited";
            return Redirect(AdminHref("/admin/team"));
        }
        catch (ValidationException invalid)
        {
            foreach (var error in invalid.Errors)
            {
                switch (error.ErrorCode)
                {
                    case "INVALID_EMAIL": Errors.Add("invite-email", "Team.EmailInvalid"); break;
                    case "INVALID_NAME": Errors.Add("invite-name", "Team.NameInvalid"); break;
                    default: Errors.Add("invite-role", "Team.RoleInvalid"); break;
                }
            }
        }
        catch (DomainException refused) when (refused.Error.Code == "MERCHANT_USER_EXISTS")
        {
            Errors.Add("invite-email", "Team.Exists");
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostRoleAsync(Guid userId, MerchantRole role, CancellationToken cancellationToken) =>
        ChangeAsync(new ChangeTeamMemberRoleCommand(BusinessId, userId, role), "Team.RoleChanged", cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(Guid userId, CancellationToken cancellationToken) =>
        ChangeAsync(new RemoveTeamMemberCommand(BusinessId, userId), "Team.Removed", cancellationToken);

    private async Task<IActionResult> ChangeAsync(ICommand<Unit> command, string done, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(command, cancellationToken);
            Outcome = done;
        }
        catch (DomainException refused) when (refused.Error.Code == "LAST_OWNER")
        {
            Outcome = "Team.LastOwner";
        }
        catch (ValidationException)
        {
            return StatusCode(StatusCodes.Status422UnprocessableEntity);
        }

        // Changing one's own role or removing oneself ends one's own session: the next page asks to sign in.
        return Redirect(AdminHref("/admin/team"));
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Members = await sender.QueryAsync(new ListTeamMembersQuery(BusinessId), cancellationToken);
}
