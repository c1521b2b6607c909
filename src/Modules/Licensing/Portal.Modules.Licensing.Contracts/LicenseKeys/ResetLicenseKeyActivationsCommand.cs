namespace Portal.Modules.Licensing.Contracts.LicenseKeys;

/// <summary>The customer clears every activation of one of their keys (once a day), e.g. after replacing all their computers.</summary>
public sealed record ResetLicenseKeyActivationsCommand(BusinessId BusinessId, Mode Mode, CustomerId CustomerId, string LicenseKeyId) : ICommand<int>;
