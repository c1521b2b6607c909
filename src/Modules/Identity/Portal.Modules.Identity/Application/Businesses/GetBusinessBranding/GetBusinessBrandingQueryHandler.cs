namespace Portal.Modules.Identity.Application.Businesses.GetBusinessBranding;

internal sealed class GetBusinessBrandingQueryHandler(IIdentityDbContext db) : IQueryHandler<GetBusinessBrandingQuery, BusinessBrandingDto>
{
    public async Task<BusinessBrandingDto> Handle(GetBusinessBrandingQuery query, CancellationToken cancellationToken)
    {
        var business = await db.Businesses.AsNoTracking()
            .Where(b => b.Id == query.BusinessId)
            .Select(b => new { b.Name, b.Branding, b.PortalClosedAt, b.LegalAddress, b.TaxId, b.DefaultLanguage, b.EmailsOff })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainException(Error.NotFound("Business not found."));
        return new BusinessBrandingDto(business.Name, business.Branding.AccentColor, business.Branding.ForegroundOnAccent(), business.Branding.LogoUrl, business.Branding.SupportEmail, business.PortalClosedAt == null, business.LegalAddress, business.TaxId, business.DefaultLanguage, business.EmailsOff);
    }
}
