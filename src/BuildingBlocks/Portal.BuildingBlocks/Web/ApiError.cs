using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace Portal.BuildingBlocks.Web;

/// <summary>
/// The one error model at the edge (ADR 0006): every failure a caller can cause becomes a status and a
/// stable code; the JSON API answers <c>{"code","message"}</c>, pages show a translated message.
/// </summary>
public sealed record ApiError(
    [property: JsonIgnore] int Status,
    string Code,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ApiFieldError>? Errors = null)
{
    public static ApiError Unauthorized { get; } = new(StatusCodes.Status401Unauthorized, "UNAUTHORIZED", "A valid API key is required: Authorization: Bearer <key>.");

    public static ApiError NotFound { get; } = new(StatusCodes.Status404NotFound, "NOT_FOUND", "The requested resource was not found.");

    /// <summary>Maps an exception to the answer; null means it is a fault of ours (500, logged).</summary>
    public static ApiError? From(Exception exception) => exception switch
    {
        DomainException domain => new ApiError(StatusOf(domain.Error.Kind), domain.Error.Code, domain.Error.Message),
        ValidationException validation => FromValidation(validation),
        BadHttpRequestException badRequest => new ApiError(
            badRequest.StatusCode,
            badRequest.StatusCode == StatusCodes.Status400BadRequest ? "INVALID_REQUEST" : "REQUEST_REJECTED",
            "The request could not be read: check that the body is valid JSON of the expected shape."),
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } => new ApiError(
            StatusCodes.Status409Conflict, "CONCURRENT_UPDATE", "Another request changed the same record at the same time; retry."),
        _ => null,
    };

    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => StatusCodes.Status422UnprocessableEntity,
        ErrorKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status400BadRequest,
    };

    private static ApiError FromValidation(ValidationException validation)
    {
        var errors = validation.Errors
            .Select(e => new ApiFieldError(ToSnakeCase(e.PropertyName), e.ErrorMessage))
            .ToList();
        var custom = validation.Errors.Select(e => e.ErrorCode).FirstOrDefault(IsPublicCode);
        return new ApiError(
            StatusCodes.Status422UnprocessableEntity,
            custom ?? "VALIDATION_ERROR",
            string.Join(" ", errors.Select(e => e.Message)),
            errors);
    }

    private static bool IsPublicCode(string? code) =>
        !string.IsNullOrEmpty(code) && code.All(c => char.IsAsciiLetterUpper(c) || c == '_');

    private static string ToSnakeCase(string name) =>
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}

public sealed record ApiFieldError(string Field, string Message);
