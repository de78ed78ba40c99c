using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GoldenThread.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FindingSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "finding_snapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TakenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TakenBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Gaps = table.Column<int>(type: "INTEGER", nullable: false),
                    Warnings = table.Column<int>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finding_snapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finding_snapshots_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_finding_snapshots_SystemId_On_TakenBy",
                table: "finding_snapshots",
                columns: new[] { "SystemId", "On", "TakenBy" });

            migrationBuilder.CreateIndex(
                name: "IX_finding_snapshots_SystemId_TakenAt",
                table: "finding_snapshots",
                columns: new[] { "SystemId", "TakenAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "finding_snapshots");
        }
    }
}
