using Microsoft.EntityFrameworkCore;
using Portal.Host.Email;
using Portal.Host.Persistence;

namespace Portal.Host.Pages.Dev;

/// <summary>
/// The development mailbox: every email the portal "sent" while no SMTP server is configured.
/// It does not exist anywhere else (404), because SMTP is then mandatory.
/// </summary>
internal sealed class MailboxModel(HostDbContext db, IWebHostEnvironment environment, IConfiguration configuration) : PageModel
{
    public IReadOnlyList<DevMailboxMessage> Messages { get; private set; } = [];

    public DevMailboxMessage? Selected { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!EmailSetup.UsesDevMailbox(configuration, environment))
        {
            return NotFound();
        }

        if (id is not null)
        {
            Selected = await db.DevMailbox.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
            return Selected is null ? NotFound() : Page();
        }

        Messages = await db.DevMailbox.AsNoTracking().OrderByDescending(m => m.SentAt).Take(50).ToListAsync(cancellationToken);
        return Page();
    }
}
