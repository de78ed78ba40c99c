using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GoldenThread.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Measures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "measures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Target = table.Column<double>(type: "REAL", nullable: true),
                    OwnerPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Rebase = table.Column<string>(type: "TEXT", nullable: false),
                    ScreenOutliers = table.Column<bool>(type: "INTEGER", nullable: false),
                    FixAfterPoints = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_measures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_measures_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_measures_people_OwnerPersonId",
                        column: x => x.OwnerPersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_measures_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "measure_annotations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeasureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_measure_annotations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_measure_annotations_measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "measures",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_measure_annotations_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "measure_points",
                columns: table => new
                {
                    MeasureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_measure_points", x => new { x.MeasureId, x.Date });
                    table.ForeignKey(
                        name: "FK_measure_points_measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "measures",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_measure_points_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_measure_annotations_MeasureId_Date",
                table: "measure_annotations",
                columns: new[] { "MeasureId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_measure_annotations_SystemId",
                table: "measure_annotations",
                column: "SystemId");

            migrationBuilder.CreateIndex(
                name: "IX_measure_points_SystemId",
                table: "measure_points",
                column: "SystemId");

            migrationBuilder.CreateIndex(
                name: "IX_measures_BodyId",
                table: "measures",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_measures_OwnerPersonId",
                table: "measures",
                column: "OwnerPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_measures_SystemId_Name",
                table: "measures",
                columns: new[] { "SystemId", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "measure_annotations");

            migrationBuilder.DropTable(
                name: "measure_points");

            migrationBuilder.DropTable(
                name: "measures");
        }
    }
}
