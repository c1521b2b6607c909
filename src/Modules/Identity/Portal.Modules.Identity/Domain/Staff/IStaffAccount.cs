namespace Portal.Modules.Identity.Domain.Staff;

/// <summary>A merchant user or an operator, as far as passwords go.</summary>
internal interface IStaffAccount
{
    string Email { get; }

    string? PasswordHash { get; }

    void SetPassword(string passwordHash);
}
