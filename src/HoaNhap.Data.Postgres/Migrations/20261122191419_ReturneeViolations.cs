using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoaNhap.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReturneeViolations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReturneeViolation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AdministrativeSanction = table.Column<bool>(type: "boolean", nullable: false),
                    SanctionDecision = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ProsecutedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProsecutingBody = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    JudgmentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    JudgmentDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Court = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Penalty = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Imprisoned = table.Column<bool>(type: "boolean", nullable: true),
                    HandlingRecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HandlingRecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReturneeViolation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReturneeViolation_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReturneeViolation_CaseId",
                table: "ReturneeViolation",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ReturneeViolation_Kind_OccurredOn",
                table: "ReturneeViolation",
                columns: new[] { "Kind", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturneeViolation_ProvinceCode_CommuneCode",
                table: "ReturneeViolation",
                columns: new[] { "ProvinceCode", "CommuneCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReturneeViolation");
        }
    }
}
