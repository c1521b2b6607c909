namespace Portal.BuildingBlocks.Domain;

/// <summary>Decides the HTTP status an error maps to (ADR 0006).</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Unauthorized,
    Forbidden,
    Unprocessable,
}
