using GoldenThread.Data;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>The senior sponsors who back the team from their organisations.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class SponsorsModel(GoldenThreadDbContext db, TimeProvider time) : ItemsPage(db, time)
{
    public override string AddText => "Add a senior sponsor";
    protected override ItemList List => ItemList.Sponsors;
}
