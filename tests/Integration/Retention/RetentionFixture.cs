using Portal.Tests.Support;

namespace Portal.Tests.Integration.Retention;

/// <summary>A host that purges three rows at a time, so a handful of rows already takes several batches.</summary>
public sealed class RetentionFixture : DatabaseFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Retention:BatchSize"] = "3",
    };
}
