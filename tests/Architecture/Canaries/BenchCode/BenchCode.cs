// Bench canaries: a benchmark type outside a Bench namespace, and the page the bench measures.
namespace Portal.Tests.Architecture.Canaries.BenchCode;

/// <summary>Violation: a benchmark type by its name, switched on by a Bench setting.</summary>
internal static class RenewalsBench
{
    public static string Switch => "Bench:Enabled";
}

/// <summary>Spared: the page the bench measures is the portal's own.</summary>
internal static class InvoiceHistoryPage
{
    public static string Route => "/portal/invoices";
}
