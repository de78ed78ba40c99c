using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Shell;

/// <summary>A requested page of a list: 1-based, at most <see cref="MaxPageSize"/> rows.</summary>
public sealed record Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    /// <summary>Far beyond any real list; keeps the row offset within range.</summary>
    public const int MaxPage = 100_000;

    /// <summary>Reads <c>page</c> and <c>pageSize</c>, naming the field that is out of range.</summary>
    /// <summary>A page number from a web page's address: anything odd shows the first page rather than an error.</summary>
    public static Paging Lenient(int? page) => new(page is >= 1 and <= MaxPage ? page.Value : 1, DefaultPageSize);

    public static Paging? Read(int? page, int? pageSize, IDictionary<string, string[]> errors)
    {
        if (page is < 1 or > MaxPage) errors["page"] = [$"page must be between 1 and {MaxPage}"];
        if (pageSize is < 1 or > MaxPageSize) errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}"];
        return errors.Count > 0 ? null : new Paging(page ?? 1, pageSize ?? DefaultPageSize);
    }
}

/// <summary>One page of rows and the total count.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));

    public static async Task<PageOf<T>> ReadAsync(IQueryable<T> query, Paging paging, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip((paging.Page - 1) * paging.PageSize).Take(paging.PageSize).ToListAsync(cancellationToken);
        return new PageOf<T>(items, paging.Page, paging.PageSize, total);
    }
}
