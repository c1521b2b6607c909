namespace Portal.Modules.Identity.Contracts.Businesses;

/// <summary>
/// Whether a business of that id exists (in both modes, as businesses do), for modules that answer
/// public requests naming a business and must not make anything for one that does not. A malformed id
/// is simply absent: false.
/// </summary>
public sealed record BusinessExistsQuery(string BusinessId) : IQuery<bool>;
