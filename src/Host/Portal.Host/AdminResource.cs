namespace Portal.Host;

/// <summary>Anchor of the merchant admin area's texts in Resources/AdminResource(.it).resx.</summary>
public sealed class AdminResource;
