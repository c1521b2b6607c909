using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Licensing.Application.LicenseKeys.ListCustomerLicenseKeys;

/// <summary>Every key of the customer's purchases at one business, newest first, with their instances.</summary>
public sealed record ListCustomerLicenseKeysQuery(BusinessId BusinessId, Mode Mode, CustomerId CustomerId) : IQuery<IReadOnlyList<CustomerLicenseKeyDto>>;
