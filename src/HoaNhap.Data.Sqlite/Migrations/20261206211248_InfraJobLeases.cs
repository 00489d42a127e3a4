using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoaNhap.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InfraJobLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JobLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeasedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    LastDone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LastDoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastDoneBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLeases", x => x.Name);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobLeases");
        }
    }
}
