namespace GoldenThread.Web.Api;

public static class ApiSetup
{
    /// <summary>Maps <c>/api/v1</c>; each group and endpoint names its permission policy.</summary>
    public static void MapGoldenThreadApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1");
        v1.MapAccountApi();
        v1.MapSystemsApi();
        v1.MapAuditApi();
        v1.MapNetworkApi();
        v1.MapDiversityApi();
        v1.MapRepresentationApi();
        v1.MapMeasuresApi();
        v1.MapFrameworksApi();
        v1.MapAssessmentsApi();
        v1.MapProgrammesApi();
        v1.MapRoundSummaryApi();
        v1.MapPlanApi();
        v1.MapDevelopmentApi();
        Register.RegisterApi.MapRegisterApi(v1);
    }
}
