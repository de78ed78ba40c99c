using GoldenThread.Data;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>The members of the team, picked from the register or added.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class MembersModel(GoldenThreadDbContext db, TimeProvider time) : ItemsPage(db, time)
{
    public override string AddText => "Add someone who is not in the register";
    protected override ItemList List => ItemList.Members;
}
