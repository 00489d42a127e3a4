using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoaNhap.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PersonMerge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "MergedIntoId",
                table: "People",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PersonMerges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    KeptId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RetiredId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Choices = table.Column<string>(type: "TEXT", nullable: false),
                    KeptBefore = table.Column<string>(type: "TEXT", nullable: false),
                    RetiredBefore = table.Column<string>(type: "TEXT", nullable: false),
                    MovedRows = table.Column<string>(type: "TEXT", nullable: false),
                    MergedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MergedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UndoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UndoneBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonMerges", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersonMerges_KeptId",
                table: "PersonMerges",
                column: "KeptId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonMerges_ProvinceCode_CommuneCode",
                table: "PersonMerges",
                columns: new[] { "ProvinceCode", "CommuneCode" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonMerges_RetiredId",
                table: "PersonMerges",
                column: "RetiredId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PersonMerges");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "People");
        }
    }
}
