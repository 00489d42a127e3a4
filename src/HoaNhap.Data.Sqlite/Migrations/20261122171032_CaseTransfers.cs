using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoaNhap.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CaseTransfers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseTransfer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    ToProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ToCommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    FromAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    NewAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ConsentAuthority = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LegalBasisVersion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LegalSource = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ConsentedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConsentedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConsentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HandOverDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReceiverDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeFileItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AcknowledgedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    MovedSummary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RefusedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RefusedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseTransfer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseTransfer_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTransfer_CaseId",
                table: "CaseTransfer",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTransfer_ProvinceCode_CommuneCode",
                table: "CaseTransfer",
                columns: new[] { "ProvinceCode", "CommuneCode" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTransfer_ToProvinceCode_ToCommuneCode",
                table: "CaseTransfer",
                columns: new[] { "ToProvinceCode", "ToCommuneCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseTransfer");
        }
    }
}
