namespace Portal.BuildingBlocks.Infrastructure.Email;

/// <summary>Configuration section <c>Smtp</c>. With no <see cref="Host"/>, email goes to the development mailbox.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>STARTTLS when the server offers it; set false only for a local test server.</summary>
    public bool UseTls { get; set; } = true;

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = "portal@localhost";

    public string FromName { get; set; } = "Customer portal";
}
