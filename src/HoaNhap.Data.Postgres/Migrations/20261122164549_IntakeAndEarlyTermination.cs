using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoaNhap.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class IntakeAndEarlyTermination : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "FileOpenedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EarlyTerminationProposal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProposedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RequestedMonths = table.Column<int>(type: "integer", nullable: true),
                    WholeRemainder = table.Column<bool>(type: "boolean", nullable: false),
                    MeritoriousActOrGraveIllness = table.Column<bool>(type: "boolean", nullable: false),
                    Grounds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CourtDecisionNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Court = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    GrantedMonths = table.Column<int>(type: "integer", nullable: true),
                    GrantedWholeRemainder = table.Column<bool>(type: "boolean", nullable: false),
                    CourtNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EarlyTerminationProposal", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EarlyTerminationProposal_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EarlyTerminationProposal_CaseId",
                table: "EarlyTerminationProposal",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_EarlyTerminationProposal_ProvinceCode_CommuneCode",
                table: "EarlyTerminationProposal",
                columns: new[] { "ProvinceCode", "CommuneCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EarlyTerminationProposal");

            migrationBuilder.DropColumn(
                name: "FileOpenedOn",
                table: "Cases");
        }
    }
}
