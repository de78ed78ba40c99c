using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GoldenThread.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Exchanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "exchange_rounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Slots = table.Column<string>(type: "TEXT", nullable: false),
                    PlaceIds = table.Column<string>(type: "TEXT", nullable: false),
                    SignUpClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VisitHours = table.Column<double>(type: "REAL", precision: 4, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByAccountId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_rounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_exchange_rounds_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "exchange_pairings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonA = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonB = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Why = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FirstVisit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SecondVisit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_pairings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_exchange_pairings_exchange_rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "exchange_rounds",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_exchange_pairings_people_PersonA",
                        column: x => x.PersonA,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_exchange_pairings_people_PersonB",
                        column: x => x.PersonB,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_exchange_pairings_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "exchange_sign_ups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Availability = table.Column<string>(type: "TEXT", nullable: false),
                    Avoid = table.Column<string>(type: "TEXT", nullable: false),
                    SignedUpAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_sign_ups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_exchange_sign_ups_exchange_rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "exchange_rounds",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_exchange_sign_ups_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_exchange_sign_ups_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "exchange_reflections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PairingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Visit = table.Column<int>(type: "INTEGER", nullable: false),
                    Learned = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_reflections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_exchange_reflections_exchange_pairings_PairingId",
                        column: x => x.PairingId,
                        principalTable: "exchange_pairings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_exchange_reflections_exchange_rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "exchange_rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_exchange_reflections_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_exchange_reflections_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "exchange_ideas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReflectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PlanActionId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_ideas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_exchange_ideas_exchange_reflections_ReflectionId",
                        column: x => x.ReflectionId,
                        principalTable: "exchange_reflections",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_exchange_ideas_exchange_rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "exchange_rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_exchange_ideas_plan_actions_PlanActionId",
                        column: x => x.PlanActionId,
                        principalTable: "plan_actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_exchange_ideas_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_exchange_ideas_PlanActionId",
                table: "exchange_ideas",
                column: "PlanActionId");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_ideas_ReflectionId",
                table: "exchange_ideas",
                column: "ReflectionId");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_ideas_RoundId",
                table: "exchange_ideas",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_ideas_SystemId",
                table: "exchange_ideas",
                column: "SystemId");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_pairings_PersonA",
                table: "exchange_pairings",
                column: "PersonA");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_pairings_PersonB",
                table: "exchange_pairings",
                column: "PersonB");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_pairings_RoundId",
                table: "exchange_pairings",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_pairings_SystemId",
                table: "exchange_pairings",
                column: "SystemId");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_reflections_PairingId_PersonId_Visit",
                table: "exchange_reflections",
                columns: new[] { "PairingId", "PersonId", "Visit" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exchange_reflections_PersonId",
                table: "exchange_reflections",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_reflections_RoundId",
                table: "exchange_reflections",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_reflections_SystemId",
                table: "exchange_reflections",
                column: "SystemId");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_rounds_SystemId",
                table: "exchange_rounds",
                column: "SystemId");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_sign_ups_PersonId",
                table: "exchange_sign_ups",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_sign_ups_RoundId_PersonId",
                table: "exchange_sign_ups",
                columns: new[] { "RoundId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exchange_sign_ups_SystemId",
                table: "exchange_sign_ups",
                column: "SystemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "exchange_ideas");

            migrationBuilder.DropTable(
                name: "exchange_sign_ups");

            migrationBuilder.DropTable(
                name: "exchange_reflections");

            migrationBuilder.DropTable(
                name: "exchange_pairings");

            migrationBuilder.DropTable(
                name: "exchange_rounds");
        }
    }
}
