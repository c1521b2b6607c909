namespace Portal.Modules.Identity.Contracts.Businesses;

/// <summary>
/// The merchant closes (or reopens) the business's customer portal, in both modes. Closing ends every
/// portal session and unused sign-in link of the business at once, unified sessions of its customers' emails too.
/// </summary>
public sealed record SetPortalOpenCommand(BusinessId BusinessId, bool Open) : ICommand<Unit>;
