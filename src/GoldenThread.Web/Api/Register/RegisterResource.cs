using System.Linq.Expressions;
using System.Security.Claims;
using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Api.Register;

/// <summary>What every register view carries: the row's id, and its version, which is the ETag.</summary>
public interface IRegisterView
{
    Guid Id { get; }
    int Version { get; }
}

/// <summary>
/// One kind of register row as the API shows and takes it: its view (with id and version), its input, the checks
/// beyond <see cref="RegisterRules"/> that need the store (references within the system, uniqueness, cycles).
/// Deletes follow <see cref="Data.Network.RegisterDeletion"/>, as the pages do. <see cref="RegisterApi"/> maps the same five endpoints for each.
/// </summary>
public abstract class RegisterResource<TRow, TInput, TView>
    where TRow : class, ISystemScoped, IVersioned where TView : class, IRegisterView
{
    /// <summary>The path segment and the word for one row: <c>bodies</c>, "body".</summary>
    public abstract string Plural { get; }
    public abstract string Singular { get; }

    public abstract Expression<Func<TRow, TView>> View { get; }

    /// <summary>The rows, with what a change must load alongside (a body's feeds-into edges).</summary>
    public virtual IQueryable<TRow> Rows(GoldenThreadDbContext db) => db.Set<TRow>();

    /// <summary>The list's order and its optional search (<c>?q=</c>).</summary>
    public abstract IQueryable<TRow> List(IQueryable<TRow> rows, string? search);

    public abstract Task<IReadOnlyList<FieldError>> CheckAsync(GoldenThreadDbContext db, Guid systemId, TInput input, TRow? existing, CancellationToken cancellationToken);

    public abstract TRow Create(Guid systemId, TInput input);

    public abstract void Apply(TRow row, TInput input);

    /// <summary>Whether the user may write this row; by default the leadership team and system admin.</summary>
    public virtual bool MayWrite(ClaimsPrincipal user, string code, TInput? input, TRow? existing) => user.MayEditRegister(code);

    public static async Task<bool> ExistsAsync<T>(GoldenThreadDbContext db, Guid systemId, Guid? id, CancellationToken cancellationToken)
        where T : class, ISystemScoped =>
        id is null || await db.Set<T>().AnyAsync(r => r.SystemId == systemId && EF.Property<Guid>(r, "Id") == id, cancellationToken);
}
