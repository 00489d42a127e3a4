using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoaNhap.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ScaleIndexesAndJit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_WorklistItem_ComputedOn",
                table: "WorklistItem",
                column: "ComputedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PreviousCaseId",
                table: "Cases",
                column: "PreviousCaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorklistItem_ComputedOn",
                table: "WorklistItem");

            migrationBuilder.DropIndex(
                name: "IX_Cases_PreviousCaseId",
                table: "Cases");
        }
    }
}
