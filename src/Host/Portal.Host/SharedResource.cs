namespace Portal.Host;

/// <summary>Anchor of the page and email texts in Resources/SharedResource(.it).resx.</summary>
public sealed class SharedResource;
