using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GoldenThread.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GuardSystemsAndAuditCascades : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_bodies_systems_SystemId",
                table: "bodies");

            migrationBuilder.DropForeignKey(
                name: "FK_body_feeds_bodies_BodyId",
                table: "body_feeds");

            migrationBuilder.DropForeignKey(
                name: "FK_memberships_systems_SystemId",
                table: "memberships");

            migrationBuilder.DropForeignKey(
                name: "FK_neighbourhoods_systems_SystemId",
                table: "neighbourhoods");

            migrationBuilder.DropForeignKey(
                name: "FK_organisations_systems_SystemId",
                table: "organisations");

            migrationBuilder.DropForeignKey(
                name: "FK_people_systems_SystemId",
                table: "people");

            migrationBuilder.DropForeignKey(
                name: "FK_places_systems_SystemId",
                table: "places");

            migrationBuilder.DropForeignKey(
                name: "FK_post_successors_posts_PostId",
                table: "post_successors");

            migrationBuilder.DropForeignKey(
                name: "FK_posts_systems_SystemId",
                table: "posts");

            migrationBuilder.DropForeignKey(
                name: "FK_role_assignments_AspNetUsers_AccountId",
                table: "role_assignments");

            migrationBuilder.DropForeignKey(
                name: "FK_role_assignments_bodies_BodyId",
                table: "role_assignments");

            migrationBuilder.DropForeignKey(
                name: "FK_role_assignments_systems_SystemId",
                table: "role_assignments");

            migrationBuilder.AddForeignKey(
                name: "FK_bodies_systems_SystemId",
                table: "bodies",
                column: "SystemId",
                principalTable: "systems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_body_feeds_bodies_BodyId",
                table: "body_feeds",
                column: "BodyId",
                principalTable: "bodies",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_memberships_systems_SystemId",
                table: "memberships",
                column: "SystemId",
                principalTable: "systems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_neighbourhoods_systems_SystemId",
                table: "neighbourhoods",
                column: "SystemId",
                principalTable: "systems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_organisations_systems_SystemId",
                table: "organisations",
                column: "SystemId",
                principalTable: "systems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_people_systems_SystemId",
                table: "people",
                column: "SystemId",
                principalTable: "systems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_places_systems_SystemId",
                table: "places",
                column: "SystemId",
                principalTable: "systems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_post_successors_posts_PostId",
                table: "post_successors",
                column: "PostId",
                principalTable: "posts",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_posts_systems_SystemId",
                table: "posts",
                column: "SystemId",
                principalTable: "systems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_role_assignments_AspNetUsers_AccountId",
                table: "role_assignments",
                column: "AccountId",
                principalTable: "AspNetUsers",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_role_assignments_bodies_BodyId",
                table: "role_assignments",
                column: "BodyId",
                principalTable: "bodies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_role_assignments_systems_SystemId",
                table: "role_assignments",
                column: "SystemId",
                principalTable: "systems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_bodies_systems_SystemId",
                table: "bodies");

            migrationBuilder.DropForeignKey(
                name: "FK_body_feeds_bodies_BodyId",
                table: "body_feeds");

            migrationBuilder.DropForeignKey(
                name: "FK_memberships_systems_SystemId",
                table: "memberships");

            migrationBuilder.DropForeignKey(
                name: "FK_neighbourhoods_systems_SystemId",
                table: "neighbourhoods");

            migrationBuilder.DropForeignKey(
                name: "FK_organisations_systems_SystemId",
                table: "organisations");

            migrationBuilder.DropForeignKey(
                name: "FK_people_systems_SystemId",
                table: "people");

            migrationBuilder.DropForeignKey(
                name: "FK_places_systems_SystemId",
                table: "places");

            migrationBuilder.DropForeignKey(
                name: "FK_post_successors_posts_PostId",
                table: "post_successors");

            migrationBuilder.DropForeignKey(
                name: "FK_posts_systems_SystemId",
                table: "posts");

            migrationBuilder.DropForeignKey(
                name: "FK_role_assignments_AspNetUsers_AccountId",
                table: "role_assignments");

            migrationBuilder.DropForeignKey(
                name: "FK_role_assignments_bodies_BodyId",
                table: "role_assignments");

            migrationBuilder.DropForeignKey(
                name: "FK_role_assignments_systems_SystemId",
                table: "role_assignments");

            migrationBuilder.AddForeignKey(
                name: "FK_bodies_systems_SystemId",
                table: "bodies",
                column: "SystemId",
                principalTable: "systems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_body_feeds_bodies_BodyId",
                table: "body_feeds",
                column: "BodyId",
                principalTable: "bodies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_memberships_systems_SystemId",
                table: "memberships",
                column: "SystemId",
                principalTable: "systems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_neighbourhoods_systems_SystemId",
                table: "neighbourhoods",
                column: "SystemId",
                principalTable: "systems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_organisations_systems_SystemId",
                table: "organisations",
                column: "SystemId",
                principalTable: "systems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_people_systems_SystemId",
                table: "people",
                column: "SystemId",
                principalTable: "systems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_places_systems_SystemId",
                table: "places",
                column: "SystemId",
                principalTable: "systems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_post_successors_posts_PostId",
                table: "post_successors",
                column: "PostId",
                principalTable: "posts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_posts_systems_SystemId",
                table: "posts",
                column: "SystemId",
                principalTable: "systems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_role_assignments_AspNetUsers_AccountId",
                table: "role_assignments",
                column: "AccountId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_role_assignments_bodies_BodyId",
                table: "role_assignments",
                column: "BodyId",
                principalTable: "bodies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_role_assignments_systems_SystemId",
                table: "role_assignments",
                column: "SystemId",
                principalTable: "systems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
