using HoaNhap.Data;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoaNhap.Data.Postgres.Migrations
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

            // Not expressible in the model: JIT off for the application's database (see PostgresTuning).
            migrationBuilder.Sql(PostgresTuning.DisableJit);
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

            migrationBuilder.Sql(PostgresTuning.ResetJit);
        }
    }
}
