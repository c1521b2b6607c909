namespace Portal.Modules.Identity.Contracts.Maintenance;

/// <summary>How many rows of each kind a purge removed: sessions of customers and staff, sign-in and password setup links.</summary>
public sealed record PurgedAccess(int Sessions, int Links, int RateLimitCounters);
