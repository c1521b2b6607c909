namespace Portal.Modules.Identity.Application.Staff;

/// <summary>Finds the account a staff session or a password link names, in the table its area says.</summary>
internal sealed class StaffAccounts(IIdentityDbContext db)
{
    public async Task<IStaffAccount?> FindAsync(StaffArea area, Guid accountId, CancellationToken cancellationToken) => area switch
    {
        StaffArea.Admin => await db.MerchantUsers.FirstOrDefaultAsync(u => u.Id == accountId, cancellationToken),
        StaffArea.Ops => await db.Operators.FirstOrDefaultAsync(o => o.Id == accountId, cancellationToken),
        _ => null,
    };
}
