using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoaNhap.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MonthlyPartitions_partitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_SelfReport",
                table: "SelfReport");

            migrationBuilder.DropIndex(
                name: "IX_SelfReport_CaseId_PeriodNumber",
                table: "SelfReport");

            migrationBuilder.DropPrimaryKey(
                name: "PK_CheckIn",
                table: "CheckIn");

            migrationBuilder.DropPrimaryKey(
                name: "PK_AuditEntries",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Chain_Sequence",
                table: "AuditEntries");

            migrationBuilder.AddPrimaryKey(
                name: "PK_SelfReport",
                table: "SelfReport",
                columns: new[] { "Id", "PeriodEndsOn" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_CheckIn",
                table: "CheckIn",
                columns: new[] { "Id", "On" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_AuditEntries",
                table: "AuditEntries",
                columns: new[] { "Id", "At" });

            migrationBuilder.CreateTable(
                name: "AuditChainArchives",
                columns: table => new
                {
                    Chain = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Partition = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    FirstSequence = table.Column<long>(type: "bigint", nullable: false),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false),
                    Entries = table.Column<long>(type: "bigint", nullable: false),
                    LastHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ArchivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ArchivedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Mac = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainArchives", x => new { x.Chain, x.Month });
                });

            migrationBuilder.CreateIndex(
                name: "IX_SelfReport_CaseId_PeriodNumber_PeriodEndsOn",
                table: "SelfReport",
                columns: new[] { "CaseId", "PeriodNumber", "PeriodEndsOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Chain_Sequence",
                table: "AuditEntries",
                columns: new[] { "Chain", "Sequence" },
                filter: "\"Chain\" <> ''");

            HoaNhap.Data.Partitioning.PostgresPartitioning.Apply(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            HoaNhap.Data.Partitioning.PostgresPartitioning.Revert(migrationBuilder);

            migrationBuilder.DropTable(
                name: "AuditChainArchives");

            migrationBuilder.DropPrimaryKey(
                name: "PK_SelfReport",
                table: "SelfReport");

            migrationBuilder.DropIndex(
                name: "IX_SelfReport_CaseId_PeriodNumber_PeriodEndsOn",
                table: "SelfReport");

            migrationBuilder.DropPrimaryKey(
                name: "PK_CheckIn",
                table: "CheckIn");

            migrationBuilder.DropPrimaryKey(
                name: "PK_AuditEntries",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Chain_Sequence",
                table: "AuditEntries");

            migrationBuilder.AddPrimaryKey(
                name: "PK_SelfReport",
                table: "SelfReport",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_CheckIn",
                table: "CheckIn",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_AuditEntries",
                table: "AuditEntries",
                column: "Id");

            migrationBuilder.CreateIndex(
                name: "IX_SelfReport_CaseId_PeriodNumber",
                table: "SelfReport",
                columns: new[] { "CaseId", "PeriodNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Chain_Sequence",
                table: "AuditEntries",
                columns: new[] { "Chain", "Sequence" },
                unique: true,
                filter: "\"Chain\" <> ''");
        }
    }
}
