using Microsoft.Extensions.Options;

namespace Portal.Modules.Billing.Infrastructure.Gateways;

internal sealed class PaymentGateways : IPaymentGateways
{
    private readonly Dictionary<PaymentGatewayKind, IPaymentGateway> _gateways;
    private readonly PaymentsOptions _options;

    public PaymentGateways(IEnumerable<IPaymentGateway> gateways, IOptions<PaymentsOptions> options)
    {
        _gateways = gateways.ToDictionary(g => g.Kind);
        _options = options.Value;
    }

    public IPaymentGateway Get(PaymentGatewayKind kind) => _gateways[kind];

    public PaymentGatewayKind? ForNewCards(Mode mode) => mode switch
    {
        Mode.Test when _options.StripeTest is not null => PaymentGatewayKind.Stripe,
        Mode.Test => PaymentGatewayKind.Sandbox,
        _ when _options.StripeLive is not null => PaymentGatewayKind.Stripe,
        _ => null,
    };
}
