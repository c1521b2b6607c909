var builder = WebApplication.CreateBuilder(args);
builder.AddPortal();

var app = builder.Build();
await app.PreparePortalAsync();
if (HostCommands.Parse(args) is { } command)
{
    return await command(app.Services);
}

app.UsePortal();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
