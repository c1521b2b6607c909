namespace Portal.Modules.Identity.Contracts.Businesses;

/// <summary>The merchant turns the business's optional emails on or off, in both modes; <paramref name="Off"/> are not sent from now on.</summary>
public sealed record SetOptionalEmailsCommand(BusinessId BusinessId, IReadOnlyCollection<OptionalEmail> Off) : ICommand<Unit>;
