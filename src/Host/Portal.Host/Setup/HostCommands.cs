namespace Portal.Host.Setup;

/// <summary>
/// What an operator of the platform runs on the host's command line instead of serving requests
/// (docs/operations.md, "Operators"):
/// <code>
/// dotnet Portal.Host.dll operators create --email E [--name N] [--manage-jobs]
/// dotnet Portal.Host.dll businesses create --name N --support-email S --country IT --currency EUR --owner-email O --owner-name P
/// </code>
/// The first makes an operator and prints their one-time set-password link (seven days); the second
/// onboards a business and emails its owner such a link. Nothing a merchant reaches can make an operator.
/// </summary>
internal static class HostCommands
{
    /// <summary>Null when the arguments name no command: the host then serves as usual.</summary>
    public static Func<IServiceProvider, Task<int>>? Parse(string[] args) => args switch
    {
        ["operators", "create", .. var rest] => services => CreateOperatorAsync(services, Options(rest)),
        ["businesses", "create", .. var rest] => services => CreateBusinessAsync(services, Options(rest)),
        _ => null,
    };

    private static async Task<int> CreateOperatorAsync(IServiceProvider services, IReadOnlyDictionary<string, string> options) =>
        await RunAsync(services, async (sender, urls) =>
        {
            var email = options.GetValueOrDefault("email", string.Empty);
            var token = await sender.SendAsync(new CreateOperatorCommand(
                email, options.GetValueOrDefault("name", email), options.ContainsKey("manage-jobs")));
            Console.WriteLine($"Operator {email}: choose a password within 7 days at {urls.PasswordSetupLink(token)} (one use).");
        });

    private static async Task<int> CreateBusinessAsync(IServiceProvider services, IReadOnlyDictionary<string, string> options) =>
        await RunAsync(services, async (sender, _) =>
        {
            string Option(string name) => options.GetValueOrDefault(name, string.Empty);
            var business = await sender.SendAsync(new OnboardBusinessCommand(
                Option("name"), Option("support-email"), Option("country").ToUpperInvariant(), Option("currency").ToUpperInvariant(),
                Option("owner-email"), Option("owner-name"), "en"));
            Console.WriteLine($"Business {business} created; the email inviting {Option("owner-email")} to choose a password is queued (a running host sends it).");
        });

    private static async Task<int> RunAsync(IServiceProvider services, Func<ISender, PortalLinks, Task> command)
    {
        await using var scope = services.CreateAsyncScope();
        try
        {
            await command(scope.ServiceProvider.GetRequiredService<ISender>(), scope.ServiceProvider.GetRequiredService<PortalLinks>());
            return 0;
        }
        catch (ValidationException invalid)
        {
            foreach (var error in invalid.Errors)
            {
                Console.Error.WriteLine(error.ErrorMessage);
            }

            return 2;
        }
        catch (DomainException refused)
        {
            Console.Error.WriteLine(refused.Message);
            return 2;
        }
    }

    /// <summary><c>--name value</c> pairs; a flag without a value (<c>--manage-jobs</c>) is present with an empty value.</summary>
    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
                options[args[i][2..]] = hasValue ? args[++i] : string.Empty;
            }
        }

        return options;
    }
}
