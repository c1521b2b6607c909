using Ardalis.Specification;

namespace Portal.BuildingBlocks.Application.Specifications;

/// <summary>
/// Our own small evaluator (Ardalis.Specification.EntityFrameworkCore is not served here): criteria,
/// ordering, paging, no-tracking and projection, each translated to SQL by EF Core.
/// </summary>
public static class SpecificationQueryableExtensions
{
    public static IQueryable<T> WithSpecification<T>(this IQueryable<T> source, ISpecification<T> specification)
        where T : class
    {
        var query = source;
        foreach (var where in specification.WhereExpressions)
        {
            query = query.Where(where.Filter);
        }

        IOrderedQueryable<T>? ordered = null;
        foreach (var order in specification.OrderExpressions)
        {
            ordered = order.OrderType switch
            {
                OrderTypeEnum.OrderBy => query.OrderBy(order.KeySelector),
                OrderTypeEnum.OrderByDescending => query.OrderByDescending(order.KeySelector),
                OrderTypeEnum.ThenBy => ordered!.ThenBy(order.KeySelector),
                OrderTypeEnum.ThenByDescending => ordered!.ThenByDescending(order.KeySelector),
                _ => throw new NotSupportedException($"Order type {order.OrderType} is not supported."),
            };
            query = ordered;
        }

        if (specification.Skip is > 0 and var skip)
        {
            query = query.Skip(skip);
        }

        if (specification.Take is > 0 and var take)
        {
            query = query.Take(take);
        }

        return specification.AsNoTracking ? query.AsNoTracking() : query;
    }

    public static IQueryable<TResult> WithSpecification<T, TResult>(this IQueryable<T> source, ISpecification<T, TResult> specification)
        where T : class =>
        source.WithSpecification((ISpecification<T>)specification)
            .Select(specification.Selector ?? throw new InvalidOperationException($"{specification.GetType().Name} has no projection."));
}
