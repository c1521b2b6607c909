namespace Portal.BuildingBlocks.Domain;

/// <summary>Carries an <see cref="Domain.Error"/> out of the domain or a handler to the edge that renders it.</summary>
public sealed class DomainException : Exception
{
    public DomainException(Error error)
        : base(error.Message) => Error = error;

    public Error Error { get; }
}
