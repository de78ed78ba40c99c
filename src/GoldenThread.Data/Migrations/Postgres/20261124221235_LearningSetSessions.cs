using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GoldenThread.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LearningSetSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "FacilitatorPersonId",
                table: "learning_sets",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SummaryPublishedAt",
                table: "learning_sets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WhatDidNotWork",
                table: "learning_sets",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WhatWorked",
                table: "learning_sets",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "learning_set_notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SystemId = table.Column<Guid>(type: "uuid", nullable: false),
                    LearningSetId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    WrittenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_learning_set_notes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_learning_set_notes_learning_sets_LearningSetId",
                        column: x => x.LearningSetId,
                        principalTable: "learning_sets",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_learning_set_notes_people_AuthorPersonId",
                        column: x => x.AuthorPersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_learning_set_notes_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "learning_set_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SystemId = table.Column<Guid>(type: "uuid", nullable: false),
                    LearningSetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    HalfDay = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StartsAt = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    Hours = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: false),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AttendanceRecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_learning_set_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_learning_set_sessions_learning_sets_LearningSetId",
                        column: x => x.LearningSetId,
                        principalTable: "learning_sets",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_learning_set_sessions_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "learning_set_attendance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SystemId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_learning_set_attendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_learning_set_attendance_learning_set_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "learning_set_members",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_learning_set_attendance_learning_set_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "learning_set_sessions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_learning_set_attendance_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_learning_sets_FacilitatorPersonId",
                table: "learning_sets",
                column: "FacilitatorPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_learning_sets_SystemId_SummaryPublishedAt",
                table: "learning_sets",
                columns: new[] { "SystemId", "SummaryPublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_learning_set_attendance_MemberId",
                table: "learning_set_attendance",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_learning_set_attendance_SessionId_MemberId",
                table: "learning_set_attendance",
                columns: new[] { "SessionId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_learning_set_attendance_SystemId",
                table: "learning_set_attendance",
                column: "SystemId");

            migrationBuilder.CreateIndex(
                name: "IX_learning_set_notes_AuthorPersonId",
                table: "learning_set_notes",
                column: "AuthorPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_learning_set_notes_LearningSetId_WrittenAt",
                table: "learning_set_notes",
                columns: new[] { "LearningSetId", "WrittenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_learning_set_notes_SystemId",
                table: "learning_set_notes",
                column: "SystemId");

            migrationBuilder.CreateIndex(
                name: "IX_learning_set_sessions_LearningSetId_Date",
                table: "learning_set_sessions",
                columns: new[] { "LearningSetId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_learning_set_sessions_SystemId",
                table: "learning_set_sessions",
                column: "SystemId");

            migrationBuilder.AddForeignKey(
                name: "FK_learning_sets_people_FacilitatorPersonId",
                table: "learning_sets",
                column: "FacilitatorPersonId",
                principalTable: "people",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_learning_sets_people_FacilitatorPersonId",
                table: "learning_sets");

            migrationBuilder.DropTable(
                name: "learning_set_attendance");

            migrationBuilder.DropTable(
                name: "learning_set_notes");

            migrationBuilder.DropTable(
                name: "learning_set_sessions");

            migrationBuilder.DropIndex(
                name: "IX_learning_sets_FacilitatorPersonId",
                table: "learning_sets");

            migrationBuilder.DropIndex(
                name: "IX_learning_sets_SystemId_SummaryPublishedAt",
                table: "learning_sets");

            migrationBuilder.DropColumn(
                name: "FacilitatorPersonId",
                table: "learning_sets");

            migrationBuilder.DropColumn(
                name: "SummaryPublishedAt",
                table: "learning_sets");

            migrationBuilder.DropColumn(
                name: "WhatDidNotWork",
                table: "learning_sets");

            migrationBuilder.DropColumn(
                name: "WhatWorked",
                table: "learning_sets");
        }
    }
}
