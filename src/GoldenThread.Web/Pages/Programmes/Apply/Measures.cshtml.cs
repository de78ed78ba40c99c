using GoldenThread.Data;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>The measures the team means to move.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class MeasuresModel(GoldenThreadDbContext db, TimeProvider time) : ItemsPage(db, time)
{
    public override string AddText => "Add a measure";
    protected override ItemList List => ItemList.Measures;
}
