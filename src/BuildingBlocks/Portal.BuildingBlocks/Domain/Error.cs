namespace Portal.BuildingBlocks.Domain;

/// <summary>
/// An expected failure a user or client can cause: a stable machine code (UPPER_SNAKE_CASE, part of the
/// public API) and an English message. Pages translate the code; the JSON API returns both.
/// </summary>
public sealed record Error(ErrorKind Kind, string Code, string Message)
{
    public static Error NotFound(string message = "The requested resource was not found.") =>
        new(ErrorKind.NotFound, "NOT_FOUND", message);

    public static Error Validation(string code, string message) => new(ErrorKind.Validation, code, message);

    public static Error Conflict(string code, string message) => new(ErrorKind.Conflict, code, message);

    public static Error Unprocessable(string code, string message) => new(ErrorKind.Unprocessable, code, message);
}
