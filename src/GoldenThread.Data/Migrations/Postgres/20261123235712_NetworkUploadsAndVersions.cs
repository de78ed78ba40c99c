using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GoldenThread.Data.Migrations.Postgres
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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "posts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "places",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "people",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "organisations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "neighbourhoods",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "memberships",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "bodies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "network_uploads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SystemId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    UploadedByAccountId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UploadedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
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
