namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>How many of a business's subscriptions in one mode were cancelled for each reason their customers gave (those with none are not counted).</summary>
public sealed record CountCancellationFeedbackQuery(BusinessId BusinessId, Mode Mode) : IQuery<IReadOnlyDictionary<CancellationFeedback, int>>;
