using GoldenThread.Data.Representation;

namespace GoldenThread.Web.Representation;

public static class RepresentationSetup
{
    /// <summary>The representation history, and its nightly snapshots unless <c>GoldenThread:NightlySnapshots:Enabled</c> is false.</summary>
    public static IServiceCollection AddRepresentationHistory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<FindingHistory>();
        var section = configuration.GetSection(NightlySnapshotOptions.Section);
        services.AddOptions<NightlySnapshotOptions>().Bind(section)
            .Validate(o => o.Hour is >= 0 and <= 23, $"{NightlySnapshotOptions.Section}:Hour must be an hour from 0 to 23")
            .ValidateOnStart();
        if (section.GetValue(nameof(NightlySnapshotOptions.Enabled), true))
            services.AddHostedService<NightlySnapshots>();
        return services;
    }
}
