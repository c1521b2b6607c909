using MediatR;

namespace Portal.Modules.Identity.Application.Businesses.UpdateBusinessSettings;

internal sealed class UpdateBusinessSettingsCommandHandler(IIdentityDbContext db) : ICommandHandler<UpdateBusinessSettingsCommand, Unit>
{
    public async Task<Unit> Handle(UpdateBusinessSettingsCommand command, CancellationToken cancellationToken)
    {
        var business = await db.Businesses.FirstOrDefaultAsync(b => b.Id == command.BusinessId, cancellationToken)
            ?? throw new DomainException(Error.NotFound("Business not found."));
        // One spelling of each colour, so #0F766E and #0f766e are never told apart.
        var accent = command.AccentColor.ToLower(CultureInfo.InvariantCulture);
        business.UpdateSettings(
            command.Name, new Branding(accent, command.LogoUrl, command.SupportEmail?.Trim()), command.LegalAddress?.Trim(), command.TaxId?.Trim().ToUpperInvariant(),
            command.DefaultLanguage);
        return Unit.Value;
    }
}
