using Portal.Modules.Subscriptions.Application.Abstractions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.CountCancellationFeedback;

internal sealed class CountCancellationFeedbackQueryHandler(ISubscriptionsDbContext db)
    : IQueryHandler<CountCancellationFeedbackQuery, IReadOnlyDictionary<CancellationFeedback, int>>
{
    public async Task<IReadOnlyDictionary<CancellationFeedback, int>> Handle(CountCancellationFeedbackQuery query, CancellationToken cancellationToken)
    {
        var counts = await db.Subscriptions.AsNoTracking()
            .Where(s => s.BusinessId == query.BusinessId && s.Mode == query.Mode && s.CancellationFeedback != null)
            .GroupBy(s => s.CancellationFeedback!)
            .Select(g => new { Feedback = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byFeedback = new Dictionary<CancellationFeedback, int>();
        foreach (var row in counts)
        {
            // Stored as Dodo's word; a word this version does not know (none today) is not counted.
            if (Wire.TryParse<CancellationFeedback>(row.Feedback, out var feedback))
            {
                byFeedback[feedback] = row.Count;
            }
        }

        return byFeedback;
    }
}
