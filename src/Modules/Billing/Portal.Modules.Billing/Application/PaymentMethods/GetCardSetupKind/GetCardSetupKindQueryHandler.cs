using Portal.Modules.Billing.Contracts.PaymentMethods;

namespace Portal.Modules.Billing.Application.PaymentMethods.GetCardSetupKind;

internal sealed class GetCardSetupKindQueryHandler(IPaymentGateways gateways) : IQueryHandler<GetCardSetupKindQuery, CardSetupKind>
{
    public Task<CardSetupKind> Handle(GetCardSetupKindQuery query, CancellationToken cancellationToken) =>
        Task.FromResult(gateways.ForNewCards(query.Mode) switch
        {
            PaymentGatewayKind.Sandbox => CardSetupKind.SandboxForm,
            PaymentGatewayKind.Stripe => CardSetupKind.StripeHostedPage,
            _ => CardSetupKind.Unavailable,
        });
}
