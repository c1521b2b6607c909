// Schema canaries: SQL text as a module might write it, read as if this assembly were the Identity module.
namespace Portal.Tests.Architecture.Canaries.ForeignSchemas;

internal static class ReadsAnotherModulesTable
{
    public static string Sql() => "SELECT p.amount FROM billing.payments AS p WHERE p.customer_id = $1";
}

/// <summary>Spared: the module's own schema.</summary>
internal static class ReadsItsOwnTable
{
    public static string Sql() => "SELECT c.name FROM identity.customers AS c";
}
