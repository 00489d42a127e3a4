using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoaNhap.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReintegrationReception : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReintegrationReception",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    ReleaseNoticeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NoticeReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReleasedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Sender = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ResidenceCheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LivesThere = table.Column<bool>(type: "INTEGER", nullable: true),
                    ResidenceNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SenderNoticeFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Circumstances = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Wishes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MinutesFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InformationSheetFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OfficerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OfficerAssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HelperName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    HelperKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    HelperOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReintegrationReception", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReintegrationReception_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReintegrationReception_CaseId",
                table: "ReintegrationReception",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReintegrationReception_ProvinceCode_CommuneCode",
                table: "ReintegrationReception",
                columns: new[] { "ProvinceCode", "CommuneCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ReintegrationReception_ReleaseNoticeId",
                table: "ReintegrationReception",
                column: "ReleaseNoticeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReintegrationReception");
        }
    }
}
