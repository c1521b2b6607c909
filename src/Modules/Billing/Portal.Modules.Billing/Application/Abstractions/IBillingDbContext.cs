using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Application.Persistence;
using Portal.Modules.Billing.Domain.BillingAccounts;

namespace Portal.Modules.Billing.Application.Abstractions;

internal interface IBillingDbContext : IModuleDbContext
{
    DbSet<BillingAccount> BillingAccounts { get; }
}
