namespace Portal.BuildingBlocks.Contracts;

/// <summary>Every record belongs to exactly one mode; nothing crosses between them (ADR 0007).</summary>
public enum Mode
{
    Test = 0,
    Live = 1,
}
