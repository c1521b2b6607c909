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
        if (!string.IsNullOrWhiteSpace(configuration[$"{SmtpOptions.Section}:Host"]))
        {
            return services;
        }

        if (!IsLocal(environment))
        {
            throw new InvalidOperationException("Smtp:Host is not configured: outside Development, emails must go through SMTP.");
        }

        return services.AddScoped<IEmailTransport, DevMailboxTransport>();
    }

    public static bool IsLocal(IHostEnvironment environment) => environment.IsDevelopment() || environment.IsEnvironment("Testing");
}
