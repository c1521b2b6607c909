using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Identity.Application.MerchantUsers.CreateMerchantUser;

public sealed record CreateMerchantUserCommand(BusinessId BusinessId, string Email, string Name, string Password) : ICommand<Guid>;
