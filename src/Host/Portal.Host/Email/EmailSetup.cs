using Portal.BuildingBlocks.Application.Email;
using Portal.BuildingBlocks.Infrastructure.Email;

namespace Portal.Host.Email;

internal static class EmailSetup
{
    /// <summary>
    /// With no <c>Smtp:Host</c>, Development and Testing keep emails in the development mailbox; any
    /// other environment refuses to start, so production never silently drops an email.
    /// </summary>
    public static IServiceCollection AddDevMailboxUnlessSmtp(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (!UsesDevMailbox(configuration, environment))
        {
            return string.IsNullOrWhiteSpace(configuration[$"{SmtpOptions.Section}:Host"])
                ? throw new InvalidOperationException("Smtp:Host is not configured: outside Development, emails must go through SMTP.")
                : services;
        }

        return services.AddScoped<IEmailTransport, DevMailboxTransport>();
    }

    public static bool UsesDevMailbox(IConfiguration configuration, IHostEnvironment environment) =>
        string.IsNullOrWhiteSpace(configuration[$"{SmtpOptions.Section}:Host"])
        && (environment.IsDevelopment() || environment.IsEnvironment("Testing"));
}
