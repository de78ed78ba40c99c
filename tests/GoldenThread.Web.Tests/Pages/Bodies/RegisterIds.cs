using GoldenThread.Data;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Bodies;

/// <summary>Ids of rows the register tests work on, looked up by name in the demo system QXV and the other system QAA.</summary>
internal static class RegisterIds
{
    public static Task<Guid> Body(this GoldenThreadApp app, string name) =>
        app.Query(db => db.Bodies.Where(b => b.Name == name).Select(b => b.Id).SingleAsync());

    public static Task<Guid> Person(this GoldenThreadApp app, string system, string name) =>
        app.Query(db => db.People.Where(p => p.Name == name && db.Systems.Any(s => s.Id == p.SystemId && s.Code == system)).Select(p => p.Id).FirstAsync());

    /// <summary>The body the demo body secretary keeps.</summary>
    public static Task<Guid> SecretarysBody(this GoldenThreadApp app) =>
        app.Query(db => db.RoleAssignments.Where(r => r.Role == GoldenThread.Access.Roles.BodySecretary).Select(r => r.BodyId!.Value).FirstAsync());

    public static Task<Guid> SystemId(this GoldenThreadApp app, string code) =>
        app.Query(db => db.Systems.Where(s => s.Code == code).Select(s => s.Id).SingleAsync());
}
