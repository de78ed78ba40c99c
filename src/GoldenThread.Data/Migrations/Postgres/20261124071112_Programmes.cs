using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GoldenThread.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Programmes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "LearningSetId",
                table: "measures",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "programme_rounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    MinTeamSize = table.Column<int>(type: "integer", nullable: false),
                    MaxTeamsPerSystem = table.Column<int>(type: "integer", nullable: false),
                    PeoplePerSystem = table.Column<int>(type: "integer", nullable: false),
                    MinDaysPerMonth = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    ReviewersPerApplication = table.Column<int>(type: "integer", nullable: false),
                    Systems = table.Column<string>(type: "text", nullable: false),
                    Rubric = table.Column<string>(type: "text", nullable: false),
                    OutcomesPublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SummaryPublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programme_rounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "team_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SystemId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    CreatedByAccountId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Decision = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DecisionRationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Feedback = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LearningSetId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_team_applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_team_applications_programme_rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "programme_rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_team_applications_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "conflict_declarations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SystemId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewerAccountId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DeclaredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conflict_declarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conflict_declarations_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_conflict_declarations_team_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "team_applications",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "learning_sets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SystemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WickedIssueTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    WickedIssueDescription = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PriorityArea = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true),
                    FormedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_learning_sets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_learning_sets_programme_rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "programme_rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_learning_sets_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_learning_sets_team_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "team_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "moderated_scores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SystemId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ByAccountId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_moderated_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_moderated_scores_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_moderated_scores_team_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "team_applications",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "review_assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SystemId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewerAccountId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Automatic = table.Column<bool>(type: "boolean", nullable: false),
                    ConflictOverrideReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Scores = table.Column<string>(type: "text", nullable: false),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_review_assignments_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_review_assignments_team_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "team_applications",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "learning_set_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SystemId = table.Column<Guid>(type: "uuid", nullable: false),
                    LearningSetId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Sector = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Seniority = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Function = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_learning_set_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_learning_set_members_learning_sets_LearningSetId",
                        column: x => x.LearningSetId,
                        principalTable: "learning_sets",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_learning_set_members_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_learning_set_members_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_measures_LearningSetId",
                table: "measures",
                column: "LearningSetId");

            migrationBuilder.CreateIndex(
                name: "IX_conflict_declarations_ApplicationId_ReviewerAccountId",
                table: "conflict_declarations",
                columns: new[] { "ApplicationId", "ReviewerAccountId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_conflict_declarations_SystemId",
                table: "conflict_declarations",
                column: "SystemId");

            migrationBuilder.CreateIndex(
                name: "IX_learning_set_members_LearningSetId",
                table: "learning_set_members",
                column: "LearningSetId");

            migrationBuilder.CreateIndex(
                name: "IX_learning_set_members_PersonId",
                table: "learning_set_members",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_learning_set_members_SystemId",
                table: "learning_set_members",
                column: "SystemId");

            migrationBuilder.CreateIndex(
                name: "IX_learning_sets_ApplicationId",
                table: "learning_sets",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_learning_sets_RoundId",
                table: "learning_sets",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_learning_sets_SystemId",
                table: "learning_sets",
                column: "SystemId");

            migrationBuilder.CreateIndex(
                name: "IX_moderated_scores_ApplicationId_At",
                table: "moderated_scores",
                columns: new[] { "ApplicationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_moderated_scores_SystemId",
                table: "moderated_scores",
                column: "SystemId");

            migrationBuilder.CreateIndex(
                name: "IX_programme_rounds_Code",
                table: "programme_rounds",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_review_assignments_ApplicationId_ReviewerAccountId",
                table: "review_assignments",
                columns: new[] { "ApplicationId", "ReviewerAccountId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_review_assignments_ReviewerAccountId",
                table: "review_assignments",
                column: "ReviewerAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_review_assignments_SystemId",
                table: "review_assignments",
                column: "SystemId");

            migrationBuilder.CreateIndex(
                name: "IX_team_applications_RoundId_Reference",
                table: "team_applications",
                columns: new[] { "RoundId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_team_applications_SystemId",
                table: "team_applications",
                column: "SystemId");

            migrationBuilder.AddForeignKey(
                name: "FK_measures_learning_sets_LearningSetId",
                table: "measures",
                column: "LearningSetId",
                principalTable: "learning_sets",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_measures_learning_sets_LearningSetId",
                table: "measures");

            migrationBuilder.DropTable(
                name: "conflict_declarations");

            migrationBuilder.DropTable(
                name: "learning_set_members");

            migrationBuilder.DropTable(
                name: "moderated_scores");

            migrationBuilder.DropTable(
                name: "review_assignments");

            migrationBuilder.DropTable(
                name: "learning_sets");

            migrationBuilder.DropTable(
                name: "team_applications");

            migrationBuilder.DropTable(
                name: "programme_rounds");

            migrationBuilder.DropIndex(
                name: "IX_measures_LearningSetId",
                table: "measures");

            migrationBuilder.DropColumn(
                name: "LearningSetId",
                table: "measures");
        }
    }
}
