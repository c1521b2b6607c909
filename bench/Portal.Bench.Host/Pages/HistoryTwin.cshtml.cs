using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Npgsql;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.BuildingBlocks.Web;
using Portal.Host.Pages.Portal;
using Portal.Host.Pages.Shared;
using Portal.Host.Setup;
using Portal.Modules.Billing.Contracts.Payments;

namespace Portal.Bench.Host.Pages;

/// <summary>
/// bench/run's baseline for the invoice history (docs/performance.md): the page as anyone would write it by
/// hand — the cookie opened directly, then the same three reads with raw Npgsql on one connection (session
/// alive? customer and business; the history page) and the same markup. No mediator, no EF, no cache; it
/// does not keep the session alive. It shows a customer only their own history, like the page.
/// </summary>
public sealed class HistoryTwinModel(IOptionsMonitor<CookieAuthenticationOptions> cookies, NpgsqlDataSource dataSource, TimeProvider time)
    : PageModel
{
    public InvoiceHistoryView History { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var mode = HttpContext.GetMode();
        var cookie = cookies.Get(AuthenticationSetup.SchemeFor(mode));
        var principal = Request.Cookies[cookie.Cookie.Name!] is { } value ? cookie.TicketDataFormat.Unprotect(value)?.Principal : null;
        if (principal is null || PortalCustomer.From(principal) is not { } customer
            || !Guid.TryParse(principal.FindFirstValue(PortalAuth.SessionIdClaim), out var sessionId))
        {
            return Redirect("~/");
        }

        HttpContext.User = principal;
        var pageNumber = PageNumbers.Requested(Request);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (!await SessionIsAliveAsync(connection, sessionId, mode.ToString(), cancellationToken))
        {
            return Redirect("~/");
        }

        var businessName = await BrandAsync(connection, customer, mode.ToString(), cancellationToken);
        if (businessName is null)
        {
            return NotFound();
        }

        var transactions = await HistoryAsync(connection, customer, mode.ToString(), pageNumber - 1, cancellationToken);
        History = new InvoiceHistoryView(transactions, pageNumber, businessName);
        return Page();
    }

    private async Task<bool> SessionIsAliveAsync(NpgsqlConnection connection, Guid sessionId, string mode, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT ended_at IS NULL AND $3 < expires_at AND $3 < last_seen_at + interval '1 hour' FROM identity.portal_sessions WHERE id = $1 AND mode = $2",
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = sessionId });
        command.Parameters.Add(new NpgsqlParameter { Value = mode });
        command.Parameters.Add(new NpgsqlParameter { Value = time.GetUtcNow() });
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    private async Task<string?> BrandAsync(NpgsqlConnection connection, PortalCustomer customer, string mode, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT b.name, b.accent_color, b.logo_url FROM identity.customers c JOIN identity.businesses b ON b.id = c.business_id
            WHERE c.id = $1 AND c.business_id = $2 AND c.mode = $3 AND c.blocked_at IS NULL AND b.portal_closed_at IS NULL
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = customer.CustomerId.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = customer.BusinessId.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = mode });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var accent = reader.GetString(1);
        ViewData[Brand.ViewDataKey] = new Brand(reader.GetString(0), accent, Contrast.ForegroundOn(accent), reader.IsDBNull(2) ? null : reader.GetString(2));
        return reader.GetString(0);
    }

    private static async Task<TransactionPage> HistoryAsync(NpgsqlConnection connection, PortalCustomer customer, string mode, int page, CancellationToken cancellationToken)
    {
        const int size = InvoicesModel.PageSize;
        await using var command = new NpgsqlCommand(
            """
            SELECT * FROM (
                (SELECT false AS is_refund, p.id, p.created_at, p.description, p.total AS amount, p.currency, p.status, p.failure_code,
                        p.card_brand, p.card_last_four, i.number AS invoice_number
                 FROM billing.payments p LEFT JOIN billing.invoices i ON i.payment_id = p.id
                 WHERE p.business_id = $1 AND p.mode = $2 AND p.customer_id = $3
                 ORDER BY p.created_at DESC, p.id DESC LIMIT $4)
                UNION ALL
                (SELECT true, p.id, r.created_at, p.description, r.amount, r.currency, r.status, NULL,
                        p.card_brand, p.card_last_four, NULL
                 FROM billing.refunds r JOIN billing.payments p ON p.id = r.payment_id
                 WHERE r.business_id = $1 AND r.mode = $2 AND r.customer_id = $3
                 ORDER BY r.created_at DESC, p.id DESC LIMIT $4)
            ) t ORDER BY created_at DESC, id DESC OFFSET $5 LIMIT $6
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = customer.BusinessId.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = mode });
        command.Parameters.Add(new NpgsqlParameter { Value = customer.CustomerId.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = (page * size) + size + 1 });
        command.Parameters.Add(new NpgsqlParameter { Value = page * size });
        command.Parameters.Add(new NpgsqlParameter { Value = size + 1 });
        var rows = new List<TransactionDto>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new TransactionDto(
                reader.GetBoolean(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), JsonSerializer.Deserialize<ChargeText>(reader.GetString(3))!, reader.GetInt64(4),
                reader.GetString(5), reader.GetString(6).ToLowerInvariant(), reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.GetString(8), reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetString(10), customer.BusinessId.Value));
        }

        return new TransactionPage(rows.Take(size).ToList(), page, rows.Count > size);
    }
}
