namespace Portal.Modules.Identity.Application.Maintenance.PurgeExpiredAccess;

/// <summary>How many rows of each kind a purge removed: sessions of customers and staff, sign-in and password setup links.</summary>
public sealed record PurgedAccess(int Sessions, int Links, int RateLimitCounters);
