namespace Portal.Modules.Identity.Contracts.ApiKeys;

/// <summary>What the admin area may show of a key: never the key, only the hint that recognises it.</summary>
public sealed record ApiKeyDto(Guid ApiKeyId, string Name, string Hint, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public bool IsRevoked => RevokedAt is not null;
}
