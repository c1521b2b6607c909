using Npgsql;
using Portal.Modules.Billing.Infrastructure.Persistence;

namespace Portal.Modules.Billing.Infrastructure.Gateways.Sandbox;

/// <summary>
/// A gateway that behaves like Stripe's test cards, for test mode and the demo. Its ledger of charges
/// is its own table written on its own connection, outside our transactions, as a real gateway's would
/// be: a payment rolled back on our side is still charged on its side, and one idempotency key is
/// charged once. The 3-D Secure cards wait, when the customer is present, for their answer on the sandbox's
/// authentication page (<see cref="AuthenticationPath"/>), and are declined with <c>authentication_required</c>
/// off-session, as Stripe's are.
/// </summary>
internal sealed class SandboxGateway(NpgsqlDataSource dataSource, SandboxFaults faults, TimeProvider time)
    : IPaymentGateway, ISandboxCardVault, ISandboxAuthentication, ISandboxCardSetup
{
    private const string SetupPrefix = "seti_sandbox_";
    private const string RequiresAction = "requires_action";
    private const string AuthenticationFailure = "payment_intent_authentication_failure";

    public PaymentGatewayKind Kind => PaymentGatewayKind.Sandbox;

    /// <summary>The sandbox's authentication page for a charge, served by the host like Stripe's test page.</summary>
    public static string AuthenticationPath(string reference) => "/sandbox/authenticate/" + reference;

    public async Task<GatewayChargeResult> ChargeAsync(GatewayChargeRequest request, CancellationToken cancellationToken)
    {
        var (found, setUp) = SandboxCard.ByReference(request.PaymentMethodReference);
        var card = found ?? throw new InvalidOperationException("The sandbox only charges the test cards it saved.");
        var customerPresent = request.ReturnUrl is not null;
        var (status, failureCode) = card.Behaviour switch
        {
            SandboxBehaviour.Succeeds => ("succeeded", null),
            SandboxBehaviour.InsufficientFunds => ("failed", "insufficient_funds"),
            // Set up with 3-D Secure, the card is exempt off-session; a payment with the customer present still asks.
            SandboxBehaviour.AuthenticatesUntilSetUp when setUp && !customerPresent => ("succeeded", null),
            SandboxBehaviour.AuthenticatesThenInsufficientFunds when setUp && !customerPresent => ("failed", "insufficient_funds"),
            _ when card.AsksForAuthentication => customerPresent ? (RequiresAction, null) : ("failed", "authentication_required"),
            _ => ("failed", "card_declined"),
        };

        await using var command = dataSource.CreateCommand(
            $"""
            INSERT INTO {BillingDbContext.SchemaName}.sandbox_charges (idempotency_key, reference, mode, payment_method_token, amount, currency, status, failure_code, return_url, created_at)
            VALUES (@key, @reference, @mode, @token, @amount, @currency, @status, @failure_code, @return_url, @now)
            ON CONFLICT (idempotency_key) DO NOTHING;
            SELECT reference, status, failure_code FROM {BillingDbContext.SchemaName}.sandbox_charges WHERE idempotency_key = @key;
            """);
        command.Parameters.AddWithValue("key", request.IdempotencyKey);
        command.Parameters.AddWithValue("reference", "ch_sandbox_" + Guid.NewGuid().ToString("N"));
        command.Parameters.AddWithValue("mode", request.Mode.ToString());
        command.Parameters.AddWithValue("token", card.Token);
        command.Parameters.AddWithValue("amount", request.Amount.MinorUnits);
        command.Parameters.AddWithValue("currency", request.Amount.Currency.Code);
        command.Parameters.AddWithValue("status", status);
        command.Parameters.AddWithValue("failure_code", (object?)failureCode ?? DBNull.Value);
        command.Parameters.AddWithValue("return_url", (object?)request.ReturnUrl ?? DBNull.Value);
        command.Parameters.AddWithValue("now", time.GetUtcNow());

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var result = ResultOf(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));

        if (faults.TakeTimeoutAfterCharging())
        {
            throw new PaymentGatewayUnavailableException("The sandbox was told to time out after charging.");
        }

        return result;
    }

    public async Task<GatewayChargeResult> AbandonAsync(GatewayChargeRequest request, CancellationToken cancellationToken)
    {
        // Only a charge still waiting gives up; one the customer completed meanwhile keeps its outcome.
        await using var command = dataSource.CreateCommand(
            $"""
            UPDATE {BillingDbContext.SchemaName}.sandbox_charges SET status = 'failed', failure_code = @failure
            WHERE idempotency_key = @key AND status = @waiting;
            SELECT reference, status, failure_code FROM {BillingDbContext.SchemaName}.sandbox_charges WHERE idempotency_key = @key;
            """);
        command.Parameters.AddWithValue("key", request.IdempotencyKey);
        command.Parameters.AddWithValue("waiting", RequiresAction);
        command.Parameters.AddWithValue("failure", AuthenticationFailure);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? ResultOf(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2))
            : GatewayChargeResult.Failed(null, AuthenticationFailure, DeclineMessage(AuthenticationFailure));
    }

    public async Task<string> StartSetupAsync(SandboxSetupRequest request, CancellationToken cancellationToken)
    {
        var reference = SetupPrefix + Guid.NewGuid().ToString("N");
        await using var command = dataSource.CreateCommand(
            $"""
            INSERT INTO {BillingDbContext.SchemaName}.sandbox_setups
                (reference, business_id, mode, customer_id, payment_method_token, expiry_month, expiry_year, make_default, status, return_url, created_at)
            VALUES (@reference, @business, @mode, @customer, @token, @month, @year, @default, @waiting, @return_url, @now)
            """);
        command.Parameters.AddWithValue("reference", reference);
        command.Parameters.AddWithValue("business", request.BusinessId.Value);
        command.Parameters.AddWithValue("mode", request.Mode.ToString());
        command.Parameters.AddWithValue("customer", request.CustomerId.Value);
        command.Parameters.AddWithValue("token", request.Token);
        command.Parameters.AddWithValue("month", request.ExpiryMonth);
        command.Parameters.AddWithValue("year", request.ExpiryYear);
        command.Parameters.AddWithValue("default", request.MakeDefault);
        command.Parameters.AddWithValue("waiting", RequiresAction);
        command.Parameters.AddWithValue("return_url", request.ReturnUrl);
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
        return AuthenticationPath(reference);
    }

    public async Task<SandboxSetupOutcome?> FindSetupAsync(string reference, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT business_id, mode, customer_id, payment_method_token, expiry_month, expiry_year, make_default, status
            FROM {BillingDbContext.SchemaName}.sandbox_setups WHERE reference = @reference
            """);
        command.Parameters.AddWithValue("reference", reference);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var status = reader.GetString(7);
        return new SandboxSetupOutcome(
            BusinessId.FromTrusted(reader.GetString(0)), Enum.Parse<Mode>(reader.GetString(1)), CustomerId.FromTrusted(reader.GetString(2)),
            SandboxCard.SetUpReference(reader.GetString(3), reference), reader.GetString(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetBoolean(6),
            status == "succeeded", status == RequiresAction);
    }

    public async Task<SandboxAuthenticationDto?> FindAuthenticationAsync(string reference, CancellationToken cancellationToken)
    {
        if (reference.StartsWith(SetupPrefix, StringComparison.Ordinal))
        {
            return await FindSetupAsync(reference, cancellationToken) is { } setup
                ? new SandboxAuthenticationDto(reference, 0, string.Empty, setup.IsWaiting)
                : null;
        }

        await using var command = dataSource.CreateCommand(
            $"SELECT amount, currency, status FROM {BillingDbContext.SchemaName}.sandbox_charges WHERE reference = @reference AND return_url IS NOT NULL");
        command.Parameters.AddWithValue("reference", reference);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new SandboxAuthenticationDto(reference, reader.GetInt64(0), reader.GetString(1), reader.GetString(2) == RequiresAction)
            : null;
    }

    public async Task<string?> CompleteAuthenticationAsync(string reference, bool authenticated, CancellationToken cancellationToken)
    {
        if (reference.StartsWith(SetupPrefix, StringComparison.Ordinal))
        {
            return await CompleteSetupAsync(reference, authenticated, cancellationToken);
        }

        await using var read = dataSource.CreateCommand(
            $"SELECT payment_method_token, return_url FROM {BillingDbContext.SchemaName}.sandbox_charges WHERE reference = @reference AND return_url IS NOT NULL");
        read.Parameters.AddWithValue("reference", reference);
        string token, returnUrl;
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            (token, returnUrl) = (reader.GetString(0), reader.GetString(1));
        }

        var (status, failureCode) = !authenticated ? ("failed", AuthenticationFailure)
            : SandboxCard.ByToken(token)?.Behaviour == SandboxBehaviour.AuthenticatesThenInsufficientFunds ? ("failed", "insufficient_funds")
            : ("succeeded", (string?)null);
        // Answered once: a second answer (another tab, the back button) changes nothing and goes back the same way.
        await using var answer = dataSource.CreateCommand(
            $"UPDATE {BillingDbContext.SchemaName}.sandbox_charges SET status = @status, failure_code = @failure_code WHERE reference = @reference AND status = @waiting");
        answer.Parameters.AddWithValue("reference", reference);
        answer.Parameters.AddWithValue("status", status);
        answer.Parameters.AddWithValue("failure_code", (object?)failureCode ?? DBNull.Value);
        answer.Parameters.AddWithValue("waiting", RequiresAction);
        await answer.ExecuteNonQueryAsync(cancellationToken);
        return returnUrl;
    }

    /// <summary>Records the first answer to a setup's challenge; the return URL with the setup named, as Stripe appends <c>setup_intent</c>.</summary>
    private async Task<string?> CompleteSetupAsync(string reference, bool authenticated, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            UPDATE {BillingDbContext.SchemaName}.sandbox_setups SET status = @status WHERE reference = @reference AND status = @waiting;
            SELECT return_url FROM {BillingDbContext.SchemaName}.sandbox_setups WHERE reference = @reference;
            """);
        command.Parameters.AddWithValue("reference", reference);
        command.Parameters.AddWithValue("status", authenticated ? "succeeded" : "failed");
        command.Parameters.AddWithValue("waiting", RequiresAction);
        return await command.ExecuteScalarAsync(cancellationToken) is string returnUrl
            ? $"{returnUrl}{(returnUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?')}setup_intent={reference}"
            : null;
    }

    /// <summary>Refunds a succeeded charge by an amount it still has unrefunded, once per idempotency key.</summary>
    public async Task<GatewayRefundResult> RefundAsync(GatewayRefundRequest request, CancellationToken cancellationToken)
    {
        // One statement decides: the charge must have succeeded and keep enough unrefunded money.
        await using var command = dataSource.CreateCommand(
            $"""
            INSERT INTO {BillingDbContext.SchemaName}.sandbox_refunds (idempotency_key, reference, charge_reference, amount, created_at)
            SELECT @key, @reference, c.reference, @amount, @now
            FROM {BillingDbContext.SchemaName}.sandbox_charges c
            WHERE c.reference = @charge AND c.status = 'succeeded'
              AND c.amount - COALESCE((SELECT sum(r.amount) FROM {BillingDbContext.SchemaName}.sandbox_refunds r WHERE r.charge_reference = c.reference), 0) >= @amount
            ON CONFLICT (idempotency_key) DO NOTHING;
            SELECT reference FROM {BillingDbContext.SchemaName}.sandbox_refunds WHERE idempotency_key = @key;
            """);
        command.Parameters.AddWithValue("key", request.IdempotencyKey);
        command.Parameters.AddWithValue("reference", "re_sandbox_" + Guid.NewGuid().ToString("N"));
        command.Parameters.AddWithValue("charge", request.ChargeReference);
        command.Parameters.AddWithValue("amount", request.Amount.MinorUnits);
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        var reference = await command.ExecuteScalarAsync(cancellationToken) as string;
        return reference is null
            ? new GatewayRefundResult(false, null, "The charge cannot be refunded by that amount.")
            : new GatewayRefundResult(true, reference, null);
    }

    /// <summary>Checks a typed card the way Stripe's setup would and answers what may be saved of it.</summary>
    public SandboxCardCheck Check(string? number, int expiryMonth, int expiryYear)
    {
        var now = time.GetUtcNow();
        var digits = new string((number ?? string.Empty).Where(c => c is not (' ' or '-')).ToArray());
        if (digits.Length is < 12 or > 19 || !digits.All(char.IsAsciiDigit))
        {
            return SandboxCardCheck.Refused("invalid_number", "The card number is not valid.");
        }

        if (SandboxCard.ByNumber(digits) is not { } card)
        {
            return SandboxCardCheck.Refused("test_card_required", "Test mode accepts only the documented test cards, such as 4242 4242 4242 4242.");
        }

        var details = new CardDetails(card.Brand, card.LastFour, expiryMonth, expiryYear);
        if (expiryMonth is < 1 or > 12 || expiryYear > now.Year + 20 || details.IsExpiredAt(now))
        {
            return SandboxCardCheck.Refused("invalid_expiry", "The expiry date is not valid or has passed.");
        }

        return card.Behaviour == SandboxBehaviour.DeclinesOnSave
            ? SandboxCardCheck.Refused("card_declined", DeclineMessage("card_declined"))
            : SandboxCardCheck.Accepted(card.Token, details, card.AsksForAuthentication);
    }

    public SandboxCardCheck CheckToken(string? token) =>
        SandboxCard.ByToken(token ?? string.Empty) is { } card
            ? Check(card.Number, 12, time.GetUtcNow().Year + 2)
            : SandboxCardCheck.Refused("test_card_required", "Test mode accepts only the documented test tokens, such as pm_card_visa.");

    private static GatewayChargeResult ResultOf(string reference, string status, string? failureCode) => status switch
    {
        "succeeded" => GatewayChargeResult.Succeeded(reference),
        RequiresAction => GatewayChargeResult.AwaitingCustomer(reference, AuthenticationPath(reference)),
        _ => GatewayChargeResult.Failed(reference, failureCode ?? "card_declined", DeclineMessage(failureCode ?? "card_declined")),
    };

    private static string DeclineMessage(string code) => code switch
    {
        "insufficient_funds" => "Your card has insufficient funds.",
        "authentication_required" => "Your bank asks you to confirm this payment.",
        AuthenticationFailure => "The payment was not confirmed with your bank.",
        _ => "Your card was declined.",
    };
}
