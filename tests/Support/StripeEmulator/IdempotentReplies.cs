namespace Portal.Tests.Support.StripeEmulator;

/// <summary>
/// Stripe's idempotency as documented: the first request with a key runs and its answer (success or
/// error) is kept; a later one with the same key and parameters gets that answer again without running;
/// one arriving while the first still runs gets 409 <c>idempotency_key_in_use</c>; other parameters
/// with a used key get 400.
/// </summary>
internal sealed class IdempotentReplies
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string Parameters, FakeStripeReply? Reply)> _byKey = [];

    public async Task<FakeStripeReply> RunOnceAsync(string? key, string parameters, Func<Task<FakeStripeReply>> run)
    {
        if (string.IsNullOrEmpty(key))
        {
            return await run();
        }

        lock (_gate)
        {
            if (_byKey.TryGetValue(key, out var earlier))
            {
                return earlier switch
                {
                    _ when earlier.Parameters != parameters => FakeStripeReply.Error(
                        400, "idempotency_error", null, "Keys for idempotent requests can only be used with the same parameters they were first used with."),
                    { Reply: null } => FakeStripeReply.Error(
                        409, "idempotency_error", "idempotency_key_in_use", "There is currently another in-progress request using this Idempotent Key."),
                    { Reply: { } reply } => reply with { Replayed = true },
                };
            }

            _byKey[key] = (parameters, null);
        }

        try
        {
            var reply = await run();
            lock (_gate)
            {
                _byKey[key] = (parameters, reply);
            }

            return reply;
        }
        catch
        {
            lock (_gate)
            {
                _byKey.Remove(key);
            }

            throw;
        }
    }
}
