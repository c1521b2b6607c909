namespace Portal.Modules.Identity.Application.MerchantUsers;

/// <summary>The rules every change to a business's team keeps.</summary>
internal sealed class Team(IIdentityDbContext db, TimeProvider time)
{
    /// <summary>The member of this business; 404 for anyone else's.</summary>
    public async Task<MerchantUser> MemberAsync(BusinessId businessId, Guid userId, CancellationToken cancellationToken) =>
        await db.MerchantUsers.FirstOrDefaultAsync(u => u.Id == userId && u.BusinessId == businessId, cancellationToken)
            ?? throw new DomainException(Error.NotFound("Team member not found."));

    /// <summary>A business always keeps an owner who can manage its team; ask under the team lock (<see cref="IIdentityDbContext.LockTeamAsync"/>).</summary>
    public async Task EnsureAnotherOwnerAsync(MerchantUser member, CancellationToken cancellationToken)
    {
        if (member.Role == MerchantRole.Owner && !await db.MerchantUsers.AnyAsync(
                u => u.BusinessId == member.BusinessId && u.Id != member.Id && u.Role == MerchantRole.Owner && u.PasswordHash != null, cancellationToken))
        {
            throw new DomainException(Error.Conflict("LAST_OWNER", "The business must keep at least one owner."));
        }
    }

    public Task EndSessionsAsync(MerchantUser member, CancellationToken cancellationToken) =>
        StaffSessions.EndAsync(db.StaffSessions.Where(s => s.Area == StaffArea.Admin && s.AccountId == member.Id), time.GetUtcNow(), cancellationToken);
}
