using MediatR;

namespace Portal.Modules.Identity.Application.Customers.ChooseCustomerLanguage;

internal sealed class ChooseCustomerLanguageCommandHandler(IIdentityDbContext db) : ICommandHandler<ChooseCustomerLanguageCommand, Unit>
{
    public async Task<Unit> Handle(ChooseCustomerLanguageCommand command, CancellationToken cancellationToken)
    {
        var language = SupportedLanguage.Require(command.Language);
        IQueryable<Customer> customers = command switch
        {
            { CustomerId: { } id } => db.Customers.Where(c => c.Id == id && c.Mode == command.Mode),
            { UnifiedEmail: { } email } => db.Customers.Where(c => c.Mode == command.Mode && c.NormalizedEmail == EmailAddress.Normalize(email)),
            _ => throw new DomainException(Error.NotFound("Customer not found.")),
        };
        foreach (var customer in await customers.ToListAsync(cancellationToken))
        {
            customer.ChooseLanguage(language);
        }

        return Unit.Value;
    }
}
