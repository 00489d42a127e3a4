using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoaNhap.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class JudgmentNumberTrigram : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Judgments_NumberKey",
                table: "Judgments");

            migrationBuilder.CreateIndex(
                name: "IX_Judgments_NumberKey",
                table: "Judgments",
                column: "NumberKey")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Judgments_NumberKey",
                table: "Judgments");

            migrationBuilder.CreateIndex(
                name: "IX_Judgments_NumberKey",
                table: "Judgments",
                column: "NumberKey");
        }
    }
}
