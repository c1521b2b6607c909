namespace Portal.Host.Pages.Admin.ProductCollections;

/// <summary>
/// The collection form as posted: a name, a description, and one row per product offered, ticked or
/// not, with the tier number typed for it. Tiers are numbered, not dragged, so the keyboard orders them
/// as well as a mouse: 1 is the lowest tier; equal or missing numbers keep the list's order.
/// </summary>
public sealed class CollectionForm
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public List<TierRow> Rows { get; set; } = [];

    /// <summary>The ticked products in tier order, or null with a message for each tier number that is not a number from 1.</summary>
    public IReadOnlyList<string>? TiersInOrder(FormErrors errors)
    {
        var ticked = new List<(string ProductId, int Tier)>();
        for (var index = 0; index < Rows.Count; index++)
        {
            var row = Rows[index];
            if (!row.Included)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(row.Tier))
            {
                ticked.Add((row.ProductId, int.MaxValue));
            }
            else if (int.TryParse(row.Tier.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var tier) && tier >= 1)
            {
                ticked.Add((row.ProductId, tier));
            }
            else
            {
                errors.Add(Fields.Tier(index), "Collections.Error.Tier");
            }
        }

        // OrderBy is stable: rows with the same number stay in the order of the list.
        return errors.Count > 0 ? null : [.. ticked.OrderBy(t => t.Tier).Select(t => t.ProductId)];
    }

    /// <summary>The ids of the form's inputs, which are also the keys of its errors.</summary>
    public static class Fields
    {
        public const string Name = "collection-name";
        public const string Description = "collection-description";
        public const string Products = "collection-products";

        public static string Include(int row) => "include-" + row.ToString(CultureInfo.InvariantCulture);

        public static string Tier(int row) => "tier-" + row.ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>One product offered to the collection.</summary>
public sealed class TierRow
{
    public string ProductId { get; set; } = string.Empty;

    public bool Included { get; set; }

    public string? Tier { get; set; }
}
