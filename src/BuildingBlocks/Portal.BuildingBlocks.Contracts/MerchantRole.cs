namespace Portal.BuildingBlocks.Contracts;

/// <summary>
/// What a member of a business's team may do in the admin area. Each role includes what the roles below it
/// may do, so roles compare by value.
/// </summary>
public enum MerchantRole
{
    /// <summary>Sees customers, subscriptions and payments and shares portal invites; changes nothing else.</summary>
    Support = 1,

    /// <summary>Everything but the team.</summary>
    Admin = 2,

    /// <summary>Everything, the team included.</summary>
    Owner = 3,
}
