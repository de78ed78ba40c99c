using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GoldenThread.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NetworkUploadsAndVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "systems",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "posts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "places",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "people",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "neighbourhoods",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "memberships",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "bodies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "network_uploads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    UploadedByAccountId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UploadedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_uploads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_network_uploads_systems_SystemId",
                        column: x => x.SystemId,
                        principalTable: "systems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_network_uploads_SystemId_UploadedAt",
                table: "network_uploads",
                columns: new[] { "SystemId", "UploadedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "network_uploads");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "systems");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "posts");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "places");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "people");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "neighbourhoods");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "memberships");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "bodies");
        }
    }
}
