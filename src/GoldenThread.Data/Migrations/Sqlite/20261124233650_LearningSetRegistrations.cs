using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GoldenThread.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LearningSetRegistrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RegistrationId",
                table: "learning_sets",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "learning_set_registrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MinSize = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxSize = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByAccountId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Bound = table.Column<int>(type: "INTEGER", nullable: true),
                    FormedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_learning_set_registrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_learning_set_registrations_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "learning_set_registrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Profession = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Seniority = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SetNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    LearningSetId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_learning_set_registrants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_learning_set_registrants_learning_set_registrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "learning_set_registrations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_learning_set_registrants_learning_sets_LearningSetId",
                        column: x => x.LearningSetId,
                        principalTable: "learning_sets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_learning_set_registrants_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_learning_set_registrants_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_learning_set_registrants_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_learning_sets_RegistrationId",
                table: "learning_sets",
                column: "RegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_learning_set_registrants_LearningSetId",
                table: "learning_set_registrants",
                column: "LearningSetId");

            migrationBuilder.CreateIndex(
                name: "IX_learning_set_registrants_OrganisationId",
                table: "learning_set_registrants",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_learning_set_registrants_PersonId",
                table: "learning_set_registrants",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_learning_set_registrants_RegistrationId_PersonId",
                table: "learning_set_registrants",
                columns: new[] { "RegistrationId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_learning_set_registrants_SystemId",
                table: "learning_set_registrants",
                column: "SystemId");

            migrationBuilder.CreateIndex(
                name: "IX_learning_set_registrations_SystemId",
                table: "learning_set_registrations",
                column: "SystemId");

            migrationBuilder.AddForeignKey(
                name: "FK_learning_sets_learning_set_registrations_RegistrationId",
                table: "learning_sets",
                column: "RegistrationId",
                principalTable: "learning_set_registrations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_learning_sets_learning_set_registrations_RegistrationId",
                table: "learning_sets");

            migrationBuilder.DropTable(
                name: "learning_set_registrants");

            migrationBuilder.DropTable(
                name: "learning_set_registrations");

            migrationBuilder.DropIndex(
                name: "IX_learning_sets_RegistrationId",
                table: "learning_sets");

            migrationBuilder.DropColumn(
                name: "RegistrationId",
                table: "learning_sets");
        }
    }
}
