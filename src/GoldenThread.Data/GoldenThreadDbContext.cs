using GoldenThread.Access;
using GoldenThread.Audit;
using GoldenThread.Data.Access;
using GoldenThread.Development;
using GoldenThread.Diversity;
using GoldenThread.Frameworks;
using GoldenThread.Interchange;
using GoldenThread.Measures;
using GoldenThread.Network;
using GoldenThread.Programmes;
using GoldenThread.Representation;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data;

/// <summary>
/// The one model of GoldenThread's store. Each provider has a subclass with its own migrations
/// (<see cref="SqliteGoldenThreadDbContext"/>, <see cref="PostgresGoldenThreadDbContext"/>).
/// Every <see cref="ISystemScoped"/> row is filtered to the caller's <see cref="SystemScope"/>, and
/// writes outside it are refused.
/// </summary>
public abstract class GoldenThreadDbContext(DbContextOptions options, ISystemScopeSource scope)
    : IdentityDbContext<Account>(options), IDataProtectionKeyContext
{
    public SystemScope Scope => scope.Current;

    // Read by the query filters; EF parameterises members of the context on every query.
    private bool ScopeIsUnrestricted => Scope.EverySystem;
    private Guid[] ScopeSystemIds => [.. Scope.SystemIds];

    public DbSet<IntegratedCareSystem> Systems => Set<IntegratedCareSystem>();
    public DbSet<Place> Places => Set<Place>();
    public DbSet<Neighbourhood> Neighbourhoods => Set<Neighbourhood>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Body> Bodies => Set<Body>();
    public DbSet<BodyFeed> BodyFeeds => Set<BodyFeed>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<PostSuccessor> PostSuccessors => Set<PostSuccessor>();
    public DbSet<DiversityRecord> DiversityRecords => Set<DiversityRecord>();
    public DbSet<NetworkUpload> NetworkUploads => Set<NetworkUpload>();
    public DbSet<FindingSnapshot> FindingSnapshots => Set<FindingSnapshot>();
    public DbSet<Measure> Measures => Set<Measure>();
    public DbSet<MeasurePoint> MeasurePoints => Set<MeasurePoint>();
    public DbSet<MeasureAnnotation> MeasureAnnotations => Set<MeasureAnnotation>();
    public DbSet<ProgrammeRound> ProgrammeRounds => Set<ProgrammeRound>();
    public DbSet<TeamApplication> TeamApplications => Set<TeamApplication>();
    public DbSet<ReviewAssignment> ReviewAssignments => Set<ReviewAssignment>();
    public DbSet<ConflictDeclaration> ConflictDeclarations => Set<ConflictDeclaration>();
    public DbSet<ModeratedScore> ModeratedScores => Set<ModeratedScore>();
    public DbSet<LearningSet> LearningSets => Set<LearningSet>();
    public DbSet<LearningSetMember> LearningSetMembers => Set<LearningSetMember>();
    public DbSet<ExchangeRound> ExchangeRounds => Set<ExchangeRound>();
    public DbSet<ExchangeSignUp> ExchangeSignUps => Set<ExchangeSignUp>();
    public DbSet<ExchangePairing> ExchangePairings => Set<ExchangePairing>();
    public DbSet<ExchangeReflection> ExchangeReflections => Set<ExchangeReflection>();
    public DbSet<ExchangeIdea> ExchangeIdeas => Set<ExchangeIdea>();
    public DbSet<MentoringRound> MentoringRounds => Set<MentoringRound>();
    public DbSet<MentorOffer> MentorOffers => Set<MentorOffer>();
    public DbSet<MenteeRequest> MenteeRequests => Set<MenteeRequest>();
    public DbSet<Mentorship> Mentorships => Set<Mentorship>();
    public DbSet<MentoringMeeting> MentoringMeetings => Set<MentoringMeeting>();
    public DbSet<LearningSetSession> LearningSetSessions => Set<LearningSetSession>();
    public DbSet<LearningSetAttendance> LearningSetAttendance => Set<LearningSetAttendance>();
    public DbSet<LearningSetNote> LearningSetNotes => Set<LearningSetNote>();
    public DbSet<LearningSetRegistration> LearningSetRegistrations => Set<LearningSetRegistration>();
    public DbSet<LearningSetRegistrant> LearningSetRegistrants => Set<LearningSetRegistrant>();
    public DbSet<Framework> Frameworks => Set<Framework>();
    public DbSet<FrameworkVersion> FrameworkVersions => Set<FrameworkVersion>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<AssessmentRater> AssessmentRaters => Set<AssessmentRater>();
    public DbSet<CriterionRating> CriterionRatings => Set<CriterionRating>();
    public DbSet<ModeratedRating> ModeratedRatings => Set<ModeratedRating>();
    public DbSet<PlanAction> PlanActions => Set<PlanAction>();
    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(GoldenThreadDbContext).Assembly);

        var applyScope = typeof(GoldenThreadDbContext).GetMethod(nameof(FilterToScope),
            System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        foreach (var entity in builder.Model.GetEntityTypes().Where(t => typeof(ISystemScoped).IsAssignableFrom(t.ClrType)))
            applyScope.MakeGenericMethod(entity.ClrType).Invoke(this, [builder]);
        foreach (var entity in builder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
            builder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        builder.Entity<AuditEntry>().HasQueryFilter(a =>
            ScopeIsUnrestricted || (a.SystemId != null && ScopeSystemIds.Contains(a.SystemId.Value)));
    }

    private void FilterToScope<T>(ModelBuilder builder) where T : class, ISystemScoped
    {
        builder.Entity<T>().HasQueryFilter(e => ScopeIsUnrestricted || ScopeSystemIds.Contains(e.SystemId));
        // Updates and deletes also match on SystemId, so a detached row claiming another system touches nothing.
        builder.Entity<T>().Property(e => e.SystemId).IsConcurrencyToken();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseWritesOutsideScope();
        NextVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseWritesOutsideScope();
        NextVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Each changed row moves to its next version; the update matches the version it was read at.</summary>
    private void NextVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
            if (entry.State == EntityState.Modified && entry.Property(v => v.Version).CurrentValue == entry.Property(v => v.Version).OriginalValue)
                entry.Entity.Version++;
    }

    /// <summary>
    /// Every written row must belong to a system in scope before and after the change, a row never moves
    /// between systems, and the audit trail is append-only.
    /// </summary>
    private void RefuseWritesOutsideScope()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (entry.Entity is AuditEntry && entry.State != EntityState.Added)
                throw new SystemScopeViolationException("The audit trail cannot be changed or deleted.");
            if (entry.Entity is not ISystemScoped scoped) continue;
            var original = entry.State == EntityState.Added ? scoped.SystemId
                : (Guid)entry.Property(nameof(ISystemScoped.SystemId)).OriginalValue!;
            if (original != scoped.SystemId)
                throw new SystemScopeViolationException($"A {entry.Metadata.ClrType.Name} cannot move from one system to another.");
            if (!Scope.Includes(scoped.SystemId))
                throw new SystemScopeViolationException($"A change to {entry.Metadata.ClrType.Name} of system {scoped.SystemId} is outside the caller's scope.");
        }
    }
}

/// <summary>A change to a row of a system the caller may not touch: a defect in the caller, never user input.</summary>
public sealed class SystemScopeViolationException(string message) : InvalidOperationException(message);
