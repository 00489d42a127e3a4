using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoaNhap.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Commendations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Commendation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    CommendedName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Achievement = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ProposedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ProposedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    GrantedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    DecisionNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Commendation", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Commendation_ProposedOn",
                table: "Commendation",
                column: "ProposedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Commendation_ProvinceCode_CommuneCode",
                table: "Commendation",
                columns: new[] { "ProvinceCode", "CommuneCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Commendation");
        }
    }
}
