using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Infrastructure;
using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Application.Credits;
using Portal.Modules.Billing.Application.Invoices;
using Portal.Modules.Billing.Application.PaymentMethods;
using Portal.Modules.Billing.Application.Payments;
using Portal.Modules.Billing.Application.Payments.SendPaymentEmails;
using Portal.Modules.Billing.Application.Refunds;
using Portal.Modules.Billing.Contracts;
using Portal.Modules.Billing.Endpoints;
using Portal.Modules.Billing.Infrastructure.Gateways;
using Portal.Modules.Billing.Infrastructure.Gateways.Sandbox;
using Portal.Modules.Billing.Infrastructure.Gateways.Stripe;
using Portal.Modules.Billing.Infrastructure.Jobs;
using Portal.Modules.Billing.Infrastructure.Pdf;
using Portal.Modules.Billing.Infrastructure.Persistence;

namespace Portal.Modules.Billing;

/// <summary>Payment methods, payments, dues, invoices and their PDFs, and the payment gateways.</summary>
public static class BillingModule
{
    public static IServiceCollection AddBillingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalModule<BillingDbContext>("Billing", BillingDbContext.SchemaName, typeof(BillingModule).Assembly, BillingContracts.Assembly);
        services.AddScoped<IBillingDbContext>(sp => sp.GetRequiredService<BillingDbContext>());
        services.Configure<PaymentsOptions>(configuration.GetSection(PaymentsOptions.SectionName));

        services.AddSingleton<SandboxFaults>();
        services.AddSingleton<SandboxGateway>();
        services.AddSingleton<IPaymentGateway>(sp => sp.GetRequiredService<SandboxGateway>());
        services.AddSingleton<ISandboxCardVault>(sp => sp.GetRequiredService<SandboxGateway>());
        services.AddSingleton<ISandboxAuthentication>(sp => sp.GetRequiredService<SandboxGateway>());
        services.AddSingleton<ISandboxCardSetup>(sp => sp.GetRequiredService<SandboxGateway>());
        services.AddStripeGateway();
        services.AddSingleton<IPaymentGateways, PaymentGateways>();

        services.AddScoped<PaymentSettlement>();
        services.AddScoped<CreditLedger>();
        services.AddScoped<RefundSettlement>();
        services.AddScoped<CustomerGuard>();
        services.AddScoped<PaymentMethodSaver>();
        services.AddScoped<SandboxCardIntake>();
        services.AddScoped<PaymentReader>();
        services.AddScoped<PaymentEmailSender>();
        services.AddSingleton<IInvoicePdfRenderer, PdfSharpInvoiceRenderer>();
        return services;
    }

    public static void ScheduleBillingJobs(this IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<ReconcilePaymentsJob>(ReconcilePaymentsJob.Id, job => job.RunAsync(CancellationToken.None), "*/5 * * * *");

    public static IEndpointRouteBuilder MapBillingEndpoints(this IEndpointRouteBuilder app)
    {
        PaymentsEndpoints.Map(app);
        InvoicesEndpoints.Map(app);
        CustomerPaymentMethodsEndpoints.Map(app);
        RefundsEndpoints.Map(app);
        StripeWebhookEndpoints.Map(app);
        return app;
    }
}
