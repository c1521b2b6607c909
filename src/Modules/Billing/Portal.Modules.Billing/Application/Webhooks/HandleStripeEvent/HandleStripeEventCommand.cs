using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.Modules.Billing.Application.Webhooks.HandleStripeEvent;

/// <summary>A webhook delivery exactly as received: the raw body is what the signature covers.</summary>
internal sealed record HandleStripeEventCommand(Mode Mode, string Payload, string? SignatureHeader) : ICommand<StripeEventOutcome>;
