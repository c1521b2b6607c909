namespace Portal.Modules.Identity.Domain.Staff;

/// <summary>Where a member of staff signs in: a business's admin area, or the platform operators' area.</summary>
internal enum StaffArea
{
    Admin = 1,
    Ops = 2,
}
