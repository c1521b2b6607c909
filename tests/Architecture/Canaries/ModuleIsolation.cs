using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Identity;
using Portal.Modules.Identity.Contracts.Customers;
using Portal.Modules.Identity.Domain.Customers;

// Rule 1 canaries. The rule is run over these types as if they were the Billing module.
namespace Portal.Tests.Architecture.Canaries.ModuleIsolation;

/// <summary>Violation: holds Identity's aggregate (Identity's implementation assembly).</summary>
internal sealed class HoldsIdentitysCustomer(Customer customer)
{
    public Customer Customer { get; } = customer;
}

/// <summary>Violation: calls Identity's registration, a type in the root namespace it shares with Identity.Contracts.</summary>
internal static class RegistersIdentityItself
{
    public static IServiceCollection Register(IServiceCollection services) => services.AddIdentityModule();
}

/// <summary>Violation hidden in an async method body (the compiler moves it into a nested state machine).</summary>
internal static class PeeksAtIdentityInsideAnAsyncMethod
{
    public static async Task<string> NameOfAsync(object candidate)
    {
        await Task.Yield();
        return candidate is Customer customer ? customer.Name : string.Empty;
    }
}

/// <summary>Allowed: another module's contracts.</summary>
internal static class ListensToIdentitysContracts
{
    public static string CustomerOf(CustomerCreatedIntegrationEvent integrationEvent) => integrationEvent.CustomerId;
}
