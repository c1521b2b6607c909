using Portal.Bench.Host;
using Portal.Host.Setup;

// The production host's composition (src/Host/Portal.Host/Program.cs) with the bench's endpoints and page on top.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // The application is still the Portal host: MVC finds its pages, and the configuration its user secrets, by this name.
    ApplicationName = typeof(PortalSetup).Assembly.GetName().Name,
});
BenchEndpoints.RefuseOutsideDevelopment(builder.Environment);
builder.AddPortal();
builder.Services.AddBenchPages();

var app = builder.Build();
await app.PreparePortalAsync();
app.UsePortal();
app.MapBenchEndpoints();
await app.RunAsync();
