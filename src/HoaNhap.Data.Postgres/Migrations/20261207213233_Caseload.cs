using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoaNhap.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Caseload : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Association",
                table: "People",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssociationName",
                table: "People",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HardshipReason",
                table: "People",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HardshipRecordedBy",
                table: "People",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HardshipSince",
                table: "People",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "JobRetentionCheck",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Checkpoint = table.Column<int>(type: "integer", nullable: false),
                    Months = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StillEmployed = table.Column<bool>(type: "boolean", nullable: false),
                    Employer = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: true),
                    ReasonNotEmployed = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRetentionCheck", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobRetentionCheck_JobReferral_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "JobReferral",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JobRetentionCheck_CaseId",
                table: "JobRetentionCheck",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_JobRetentionCheck_ProvinceCode_CommuneCode",
                table: "JobRetentionCheck",
                columns: new[] { "ProvinceCode", "CommuneCode" });

            migrationBuilder.CreateIndex(
                name: "IX_JobRetentionCheck_ReferralId_Checkpoint",
                table: "JobRetentionCheck",
                columns: new[] { "ReferralId", "Checkpoint" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobRetentionCheck");

            migrationBuilder.DropColumn(
                name: "Association",
                table: "People");

            migrationBuilder.DropColumn(
                name: "AssociationName",
                table: "People");

            migrationBuilder.DropColumn(
                name: "HardshipReason",
                table: "People");

            migrationBuilder.DropColumn(
                name: "HardshipRecordedBy",
                table: "People");

            migrationBuilder.DropColumn(
                name: "HardshipSince",
                table: "People");
        }
    }
}
