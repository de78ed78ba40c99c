using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GoldenThread.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Mentoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "mentoring_rounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByAccountId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    MatchedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mentoring_rounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mentoring_rounds_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mentee_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Professions = table.Column<string>(type: "TEXT", nullable: false),
                    Settings = table.Column<string>(type: "TEXT", nullable: false),
                    Hopes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Avoid = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mentee_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mentee_requests_mentoring_rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "mentoring_rounds",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_mentee_requests_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_mentee_requests_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mentor_offers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Professions = table.Column<string>(type: "TEXT", nullable: false),
                    Settings = table.Column<string>(type: "TEXT", nullable: false),
                    Avoid = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mentor_offers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mentor_offers_mentoring_rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "mentoring_rounds",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_mentor_offers_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_mentor_offers_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mentorships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MentorPersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MenteePersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    HoursPerMeeting = table.Column<double>(type: "REAL", precision: 5, scale: 2, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EndedByPersonId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mentorships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mentorships_mentoring_rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "mentoring_rounds",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_mentorships_people_EndedByPersonId",
                        column: x => x.EndedByPersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_mentorships_people_MenteePersonId",
                        column: x => x.MenteePersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_mentorships_people_MentorPersonId",
                        column: x => x.MentorPersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_mentorships_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mentoring_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MentorshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<double>(type: "REAL", precision: 5, scale: 2, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedByPersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mentoring_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mentoring_meetings_mentorships_MentorshipId",
                        column: x => x.MentorshipId,
                        principalTable: "mentorships",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_mentoring_meetings_people_RecordedByPersonId",
                        column: x => x.RecordedByPersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_mentoring_meetings_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_mentee_requests_PersonId",
                table: "mentee_requests",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_mentee_requests_RoundId_PersonId",
                table: "mentee_requests",
                columns: new[] { "RoundId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mentee_requests_SystemId",
                table: "mentee_requests",
                column: "SystemId");

            migrationBuilder.CreateIndex(
                name: "IX_mentor_offers_PersonId",
                table: "mentor_offers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_mentor_offers_RoundId_PersonId",
                table: "mentor_offers",
                columns: new[] { "RoundId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mentor_offers_SystemId",
                table: "mentor_offers",
                column: "SystemId");

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_meetings_MentorshipId",
                table: "mentoring_meetings",
                column: "MentorshipId");

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_meetings_RecordedByPersonId",
                table: "mentoring_meetings",
                column: "RecordedByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_meetings_SystemId",
                table: "mentoring_meetings",
                column: "SystemId");

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_rounds_SystemId",
                table: "mentoring_rounds",
                column: "SystemId");

            migrationBuilder.CreateIndex(
                name: "IX_mentorships_EndedByPersonId",
                table: "mentorships",
                column: "EndedByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_mentorships_MenteePersonId",
                table: "mentorships",
                column: "MenteePersonId");

            migrationBuilder.CreateIndex(
                name: "IX_mentorships_MentorPersonId",
                table: "mentorships",
                column: "MentorPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_mentorships_RoundId_MenteePersonId",
                table: "mentorships",
                columns: new[] { "RoundId", "MenteePersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mentorships_SystemId",
                table: "mentorships",
                column: "SystemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mentee_requests");

            migrationBuilder.DropTable(
                name: "mentor_offers");

            migrationBuilder.DropTable(
                name: "mentoring_meetings");

            migrationBuilder.DropTable(
                name: "mentorships");

            migrationBuilder.DropTable(
                name: "mentoring_rounds");
        }
    }
}
