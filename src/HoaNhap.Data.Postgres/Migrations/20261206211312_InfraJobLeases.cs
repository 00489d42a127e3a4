using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoaNhap.Data.Postgres.Migrations
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
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LeasedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastDone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LastDoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastDoneBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
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
