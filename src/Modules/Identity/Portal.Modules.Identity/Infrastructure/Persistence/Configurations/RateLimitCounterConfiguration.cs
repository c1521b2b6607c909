using Portal.Modules.Identity.Domain.RateLimits;

namespace Portal.Modules.Identity.Infrastructure.Persistence.Configurations;

internal sealed class RateLimitCounterConfiguration : IEntityTypeConfiguration<RateLimitCounter>
{
    public void Configure(EntityTypeBuilder<RateLimitCounter> builder)
    {
        builder.ToTable("rate_limit_counters");
        builder.HasKey(c => new { c.Key, c.WindowStart });
        builder.Property(c => c.Key).HasMaxLength(64);
        builder.HasIndex(c => c.ExpiresAt);
    }
}
