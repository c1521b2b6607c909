using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Tests.Support.StripeEmulator;

/// <summary>
/// An HTTP-level fake of the few Stripe API calls the Billing adapter makes, answering Stripe's
/// documented JSON on a random loopback port so the real Stripe.net client is tested over HTTP. It
/// exists because npm <c>stripe-stateful-mock</c> has no PaymentIntents, SetupIntents or
/// PaymentMethods, and Stripe.net takes a single <c>ApiBase</c>, so one fake must serve every call.
/// Test payment methods behave as on Stripe (<see cref="StripeTestCard"/>); tests can make the next
/// PaymentIntent's answer late or lost after the intent was created, finish a Checkout session
/// as a customer typing a card on Stripe's page would, and answer a 3-D Secure challenge as the customer
/// would on their bank's page (<see cref="AnswerAuthentication"/>).
/// </summary>
public sealed class FakeStripe : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _secretKey;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, JsonObject> _objects = [];
    private readonly Dictionary<string, StripeTestCard> _cardsOfMethods = [];
    private readonly IdempotentReplies _replies = new();
    private TimeSpan? _nextIntentAnswerDelay;
    private bool _dropNextIntentAnswer;

    private FakeStripe(WebApplication app, string secretKey)
    {
        _app = app;
        _secretKey = secretKey;
        app.MapPost("/v1/customers", (RequestDelegate)(context => AnswerAsync(context, CreateCustomerAsync)));
        app.MapPost("/v1/checkout/sessions", (RequestDelegate)(context => AnswerAsync(context, CreateCheckoutSessionAsync)));
        app.MapGet("/v1/checkout/sessions/{id}", (RequestDelegate)(context => AnswerAsync(context, GetCheckoutSessionAsync)));
        app.MapGet("/v1/payment_methods/{id}", (RequestDelegate)(context => AnswerAsync(context, GetPaymentMethodAsync)));
        app.MapPost("/v1/payment_intents", (RequestDelegate)CreatePaymentIntentAsync);
        app.MapGet("/v1/payment_intents/{id}", (RequestDelegate)(context => AnswerAsync(context, GetPaymentIntentAsync)));
        app.MapPost("/v1/payment_intents/{id}/cancel", (RequestDelegate)(context => AnswerAsync(context, CancelPaymentIntentAsync)));
        app.MapPost("/v1/refunds", (RequestDelegate)(context => AnswerAsync(context, CreateRefundAsync)));
    }

    /// <summary>Refunds created since the start, per PaymentIntent.</summary>
    public IReadOnlyList<long> RefundsOfIntent(string paymentIntentId)
    {
        lock (_gate)
        {
            return _objects.Values
                .Where(o => (string?)o["object"] == "refund" && (string?)o["payment_intent"] == paymentIntentId)
                .Select(o => (long)o["amount"]!)
                .ToList();
        }
    }

    /// <summary>Where Stripe.net should send its requests (<c>StripeClientOptions.ApiBase</c>).</summary>
    public string BaseAddress { get; private set; } = string.Empty;

    /// <summary>PaymentIntents created since the start, declined ones included (Stripe creates those too).</summary>
    public int IntentsCreated
    {
        get
        {
            lock (_gate)
            {
                return _objects.Values.Count(o => (string?)o["object"] == "payment_intent");
            }
        }
    }

    /// <summary>Starts the fake; it accepts only <paramref name="secretKey"/>, as Stripe accepts only the account's key.</summary>
    public static FakeStripe Start(string secretKey)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        var fake = new FakeStripe(builder.Build(), secretKey);
        // Off the caller's synchronization context: fixtures start it from a constructor.
        Task.Run(() => fake._app.StartAsync()).GetAwaiter().GetResult();
        fake.BaseAddress = fake._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return fake;
    }

    /// <summary>PaymentIntents whose <c>metadata.payment_id</c> is this payment of ours.</summary>
    public IReadOnlyList<string> IntentsOfPayment(string paymentId)
    {
        lock (_gate)
        {
            return _objects.Values
                .Where(o => (string?)o["object"] == "payment_intent" && (string?)o["metadata"]?["payment_id"] == paymentId)
                .Select(o => (string)o["id"]!)
                .ToList();
        }
    }

    /// <summary>
    /// The customer's answer on the bank's 3-D Secure page of a PaymentIntent in <c>requires_action</c>: succeeded,
    /// or back to <c>requires_payment_method</c> with <c>payment_intent_authentication_failure</c>, as on Stripe.
    /// Answers the <c>return_url</c> Stripe then sends the customer to, with the intent's id appended.
    /// </summary>
    public string AnswerAuthentication(string paymentIntentId, bool authenticated)
    {
        lock (_gate)
        {
            var intent = _objects[paymentIntentId];
            var returnUrl = (string)intent["next_action"]!["redirect_to_url"]!["return_url"]!;
            intent["next_action"] = null;
            if (authenticated)
            {
                intent["status"] = "succeeded";
                intent["latest_charge"] = "ch_" + Guid.NewGuid().ToString("N")[..24];
            }
            else
            {
                intent["status"] = "requires_payment_method";
                intent["last_payment_error"] = new JsonObject
                {
                    ["type"] = "invalid_request_error",
                    ["code"] = "payment_intent_authentication_failure",
                    ["message"] = "The provided PaymentMethod has failed authentication.",
                };
            }

            return $"{returnUrl}{(returnUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?')}payment_intent={paymentIntentId}";
        }
    }

    /// <summary>A PaymentIntent as Stripe would put it in an event's <c>data.object</c>.</summary>
    public JsonNode PaymentIntent(string id)
    {
        lock (_gate)
        {
            return _objects[id].DeepClone();
        }
    }

    /// <summary>The next PaymentIntent is created as usual, but its answer is sent only after <paramref name="delay"/>.</summary>
    public void AnswerNextPaymentIntentAfter(TimeSpan delay)
    {
        lock (_gate)
        {
            _nextIntentAnswerDelay = delay;
        }
    }

    /// <summary>The next PaymentIntent is created as usual, then the connection is dropped before any answer.</summary>
    public void DropNextPaymentIntentAnswer()
    {
        lock (_gate)
        {
            _dropNextIntentAnswer = true;
        }
    }

    /// <summary>
    /// What the customer does on Stripe's Checkout page: enters <paramref name="card"/>, which Stripe saves
    /// as a new payment method of the session's customer and its setup intent succeeds. Returns the <c>pm_…</c> id.
    /// </summary>
    public string CompleteCheckoutSession(string sessionId, StripeTestCard card)
    {
        lock (_gate)
        {
            var session = _objects[sessionId];
            var setupIntent = _objects[(string)session["setup_intent"]!];
            var method = Create("pm", new JsonObject
            {
                ["object"] = "payment_method",
                ["type"] = "card",
                ["customer"] = (string?)session["customer"],
                ["card"] = new JsonObject
                {
                    ["brand"] = card.Brand,
                    ["last4"] = card.Last4,
                    ["exp_month"] = 12,
                    ["exp_year"] = DateTime.UtcNow.Year + 3,
                    ["funding"] = "credit",
                    ["country"] = "US",
                },
            });
            var methodId = (string)method["id"]!;
            _cardsOfMethods[methodId] = card;
            setupIntent["status"] = "succeeded";
            setupIntent["payment_method"] = methodId;
            session["status"] = "complete";
            return methodId;
        }
    }

    /// <summary>The setup intent of a Checkout session, as Stripe holds it now (what a <c>setup_intent.*</c> event carries).</summary>
    public JsonObject SetupIntentOf(string sessionId)
    {
        lock (_gate)
        {
            return (JsonObject)_objects[(string)_objects[sessionId]["setup_intent"]!].DeepClone();
        }
    }

    /// <summary>Where the Checkout session sends the customer back once the card is saved, as our server asked.</summary>
    public string SuccessUrlOf(string sessionId)
    {
        lock (_gate)
        {
            return (string)_objects[sessionId]["success_url"]!;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context, Func<HttpContext, Task<FakeStripeReply>> handle) =>
        await WriteAsync(context, IsAuthorized(context) ? await handle(context) : Unauthorized());

    private async Task<FakeStripeReply> CreateCustomerAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        lock (_gate)
        {
            return new FakeStripeReply(200, Create("cus", new JsonObject
            {
                ["object"] = "customer",
                ["email"] = form["email"].ToString(),
                ["name"] = form["name"].ToString(),
                ["metadata"] = new JsonObject(),
            }));
        }
    }

    private async Task<FakeStripeReply> CreateCheckoutSessionAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var customer = form["customer"].ToString();
        lock (_gate)
        {
            if (form["mode"] != "setup" || form["allowed_payment_method_types[0]"] != "card")
            {
                return FakeStripeReply.Error(400, "invalid_request_error", "parameter_invalid", "This fake only opens card sessions in setup mode.");
            }

            if (!_objects.ContainsKey(customer))
            {
                return FakeStripeReply.Error(400, "invalid_request_error", "resource_missing", $"No such customer: '{customer}'");
            }

            var setupIntent = Create("seti", new JsonObject
            {
                ["object"] = "setup_intent",
                ["status"] = "requires_payment_method",
                ["customer"] = customer,
                ["payment_method"] = null,
                ["usage"] = "off_session",
            });
            var session = Create("cs_test", new JsonObject
            {
                ["object"] = "checkout.session",
                ["mode"] = "setup",
                ["status"] = "open",
                ["customer"] = customer,
                ["setup_intent"] = (string)setupIntent["id"]!,
                ["success_url"] = form["success_url"].ToString(),
                ["cancel_url"] = form["cancel_url"].ToString(),
            });
            session["url"] = "https://checkout.stripe.com/c/pay/" + (string)session["id"]!;
            return new FakeStripeReply(200, session.DeepClone());
        }
    }

    private Task<FakeStripeReply> GetCheckoutSessionAsync(HttpContext context)
    {
        var expand = context.Request.Query.Where(q => q.Key.StartsWith("expand", StringComparison.Ordinal)).SelectMany(q => q.Value).ToList();
        lock (_gate)
        {
            if (!_objects.TryGetValue((string)context.Request.RouteValues["id"]!, out var stored))
            {
                return Task.FromResult(FakeStripeReply.Error(404, "invalid_request_error", "resource_missing", "No such checkout.session"));
            }

            var session = (JsonObject)stored.DeepClone();
            if (expand.Any(e => e!.StartsWith("setup_intent", StringComparison.Ordinal)))
            {
                var setupIntent = (JsonObject)_objects[(string)session["setup_intent"]!].DeepClone();
                if (expand.Contains("setup_intent.payment_method") && (string?)setupIntent["payment_method"] is { } methodId)
                {
                    setupIntent["payment_method"] = _objects[methodId].DeepClone();
                }

                session["setup_intent"] = setupIntent;
            }

            return Task.FromResult(new FakeStripeReply(200, session));
        }
    }

    private Task<FakeStripeReply> GetPaymentMethodAsync(HttpContext context)
    {
        lock (_gate)
        {
            return Task.FromResult(
                _objects.TryGetValue((string)context.Request.RouteValues["id"]!, out var method) && (string?)method["object"] == "payment_method"
                    ? new FakeStripeReply(200, method.DeepClone())
                    : FakeStripeReply.Error(404, "invalid_request_error", "resource_missing", "No such PaymentMethod"));
        }
    }

    /// <summary>A refund of a succeeded intent, never more than what is left of it; idempotent like every create.</summary>
    private async Task<FakeStripeReply> CreateRefundAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var parameters = string.Join('&', form.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"));
        return await _replies.RunOnceAsync(context.Request.Headers["Idempotency-Key"], parameters, () =>
        {
            lock (_gate)
            {
                var intentId = form["payment_intent"].ToString();
                if (!_objects.TryGetValue(intentId, out var intent) || (string?)intent["status"] != "succeeded")
                {
                    return Task.FromResult(FakeStripeReply.Error(400, "invalid_request_error", "resource_missing", $"No such succeeded payment_intent: '{intentId}'"));
                }

                var amount = long.Parse(form["amount"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
                var refunded = _objects.Values.Where(o => (string?)o["object"] == "refund" && (string?)o["payment_intent"] == intentId).Sum(o => (long)o["amount"]!);
                if (amount > (long)intent["amount"]! - refunded)
                {
                    return Task.FromResult(FakeStripeReply.Error(400, "invalid_request_error", "amount_too_large", "Refund amount is greater than unrefunded amount on charge."));
                }

                var refund = Create("re", new JsonObject
                {
                    ["object"] = "refund",
                    ["amount"] = amount,
                    ["currency"] = (string?)intent["currency"],
                    ["payment_intent"] = intentId,
                    ["status"] = "succeeded",
                });
                return Task.FromResult(new FakeStripeReply(200, refund.DeepClone()));
            }
        });
    }

    private Task<FakeStripeReply> GetPaymentIntentAsync(HttpContext context)
    {
        lock (_gate)
        {
            return Task.FromResult(_objects.TryGetValue((string)context.Request.RouteValues["id"]!, out var intent)
                ? new FakeStripeReply(200, intent.DeepClone())
                : FakeStripeReply.Error(404, "invalid_request_error", "resource_missing", "No such payment_intent"));
        }
    }

    /// <summary>Stripe cancels an intent that has not succeeded; one that has is in an unexpected state for that.</summary>
    private Task<FakeStripeReply> CancelPaymentIntentAsync(HttpContext context)
    {
        lock (_gate)
        {
            if (!_objects.TryGetValue((string)context.Request.RouteValues["id"]!, out var intent))
            {
                return Task.FromResult(FakeStripeReply.Error(404, "invalid_request_error", "resource_missing", "No such payment_intent"));
            }

            if ((string?)intent["status"] is "succeeded" or "canceled")
            {
                return Task.FromResult(FakeStripeReply.Error(
                    400, "invalid_request_error", "payment_intent_unexpected_state", $"This PaymentIntent could not be canceled because it has a status of {intent["status"]}."));
            }

            intent["status"] = "canceled";
            intent["next_action"] = null;
            intent["cancellation_reason"] = context.Request.HasFormContentType ? context.Request.Form["cancellation_reason"].ToString() : null;
            return Task.FromResult(new FakeStripeReply(200, intent.DeepClone()));
        }
    }

    private async Task CreatePaymentIntentAsync(HttpContext context)
    {
        if (!IsAuthorized(context))
        {
            await WriteAsync(context, Unauthorized());
            return;
        }

        var form = await context.Request.ReadFormAsync();
        var parameters = string.Join('&', form.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"));
        var reply = await _replies.RunOnceAsync(context.Request.Headers["Idempotency-Key"], parameters, () => Task.FromResult(Charge(form)));

        TimeSpan? delay;
        bool drop;
        lock (_gate)
        {
            (delay, drop) = (_nextIntentAnswerDelay, _dropNextIntentAnswer);
            (_nextIntentAnswerDelay, _dropNextIntentAnswer) = (null, false);
        }

        if (drop)
        {
            context.Abort();
            return;
        }

        if (delay is { } late)
        {
            try
            {
                await Task.Delay(late, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return; // The client gave up waiting: nobody is left to answer.
            }
        }

        await WriteAsync(context, reply);
    }

    private FakeStripeReply Charge(IFormCollection form)
    {
        lock (_gate)
        {
            var methodId = form["payment_method"].ToString();
            var card = _cardsOfMethods.GetValueOrDefault(methodId) ?? StripeTestCard.ByToken(methodId);
            if (card is null)
            {
                return FakeStripeReply.Error(400, "invalid_request_error", "resource_missing", $"No such PaymentMethod: '{methodId}'");
            }

            var customer = form["customer"].ToString();
            if (_objects.TryGetValue(methodId, out var method) && (string?)method["customer"] != customer)
            {
                return FakeStripeReply.Error(400, "invalid_request_error", "parameter_invalid", "The provided PaymentMethod belongs to another customer.");
            }

            var metadata = new JsonObject();
            foreach (var field in form.Where(f => f.Key.StartsWith("metadata[", StringComparison.Ordinal)))
            {
                metadata[field.Key["metadata[".Length..^1]] = field.Value.ToString();
            }

            var confirmedOffSession = form["confirm"] == "true" && form["off_session"] == "true";
            var returnUrl = form["return_url"].ToString();
            var confirmedWithCustomer = form["confirm"] == "true" && form["off_session"] != "true" && returnUrl.Length > 0;
            var confirmed = confirmedOffSession || confirmedWithCustomer;
            var intent = Create("pi", new JsonObject
            {
                ["object"] = "payment_intent",
                ["amount"] = long.Parse(form["amount"].ToString(), System.Globalization.CultureInfo.InvariantCulture),
                ["currency"] = form["currency"].ToString(),
                ["customer"] = customer.Length == 0 ? null : customer,
                ["payment_method"] = methodId,
                ["description"] = form["description"].ToString(),
                ["metadata"] = metadata,
                ["status"] = !confirmed ? "requires_confirmation" : card.Declines ? "requires_payment_method" : "succeeded",
                ["last_payment_error"] = null,
            });
            if (confirmedWithCustomer && card.AsksForAuthentication)
            {
                intent["status"] = "requires_action";
                intent["next_action"] = new JsonObject
                {
                    ["type"] = "redirect_to_url",
                    ["redirect_to_url"] = new JsonObject
                    {
                        ["url"] = $"{BaseAddress}/3ds/authenticate/{intent["id"]}",
                        ["return_url"] = returnUrl,
                    },
                };
                return new FakeStripeReply(200, intent.DeepClone());
            }

            if (!confirmed || !card.Declines)
            {
                intent["latest_charge"] = confirmed ? "ch_" + Guid.NewGuid().ToString("N")[..24] : null;
                return new FakeStripeReply(200, intent.DeepClone());
            }

            intent["last_payment_error"] = new JsonObject
            {
                ["type"] = "card_error",
                ["code"] = card.ErrorCode,
                ["decline_code"] = card.DeclineCode,
                ["message"] = card.DeclineMessage,
            };
            return FakeStripeReply.Error(402, "card_error", card.ErrorCode, card.DeclineMessage, intent.DeepClone(), card.DeclineCode);
        }
    }

    private JsonObject Create(string prefix, JsonObject fields)
    {
        fields["id"] = prefix + "_" + Guid.NewGuid().ToString("N")[..24];
        fields["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        fields["livemode"] = false;
        _objects[(string)fields["id"]!] = fields;
        return fields;
    }

    private bool IsAuthorized(HttpContext context) => context.Request.Headers.Authorization == "Bearer " + _secretKey;

    private static FakeStripeReply Unauthorized() =>
        FakeStripeReply.Error(401, "invalid_request_error", null, "Invalid API Key provided.");

    private static async Task WriteAsync(HttpContext context, FakeStripeReply reply)
    {
        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = "application/json";
        context.Response.Headers["Request-Id"] = "req_" + Guid.NewGuid().ToString("N")[..14];
        if (reply.Replayed)
        {
            context.Response.Headers["Idempotent-Replayed"] = "true";
        }

        await context.Response.WriteAsync(reply.Body.ToJsonString());
    }
}
