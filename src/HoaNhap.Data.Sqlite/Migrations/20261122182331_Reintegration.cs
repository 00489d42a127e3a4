using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoaNhap.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Reintegration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PolicyCounselling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    CounselledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Topics = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    WantsLoan = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyCounselling", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyCounselling_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecordClearance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DocumentDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordClearance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecordClearance_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReintegrationLoan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    BorrowerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RequestedAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    ListedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SentenceCompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Workers = table.Column<int>(type: "INTEGER", nullable: true),
                    EligibleWorkers = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApprovedAmount = table.Column<long>(type: "INTEGER", nullable: true),
                    DisbursedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DisbursedAmount = table.Column<long>(type: "INTEGER", nullable: true),
                    RepaidAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    Misuse = table.Column<bool>(type: "INTEGER", nullable: false),
                    MisuseNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LastEventOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReintegrationLoan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReintegrationLoan_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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

            migrationBuilder.CreateTable(
                name: "SupportAction",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Need = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Responsible = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IdentifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportAction", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportAction_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LoanEvent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoanEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LoanEvent_ReintegrationLoan_LoanId",
                        column: x => x.LoanId,
                        principalTable: "ReintegrationLoan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LoanEvent_LoanId_Reference",
                table: "LoanEvent",
                columns: new[] { "LoanId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LoanEvent_ProvinceCode_CommuneCode",
                table: "LoanEvent",
                columns: new[] { "ProvinceCode", "CommuneCode" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyCounselling_CaseId",
                table: "PolicyCounselling",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyCounselling_ProvinceCode_CommuneCode",
                table: "PolicyCounselling",
                columns: new[] { "ProvinceCode", "CommuneCode" });

            migrationBuilder.CreateIndex(
                name: "IX_RecordClearance_CaseId",
                table: "RecordClearance",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecordClearance_ProvinceCode_CommuneCode",
                table: "RecordClearance",
                columns: new[] { "ProvinceCode", "CommuneCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ReintegrationLoan_CaseId",
                table: "ReintegrationLoan",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ReintegrationLoan_PersonId",
                table: "ReintegrationLoan",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ReintegrationLoan_ProvinceCode_CommuneCode",
                table: "ReintegrationLoan",
                columns: new[] { "ProvinceCode", "CommuneCode" });

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

            migrationBuilder.CreateIndex(
                name: "IX_SupportAction_CaseId",
                table: "SupportAction",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportAction_ProvinceCode_CommuneCode",
                table: "SupportAction",
                columns: new[] { "ProvinceCode", "CommuneCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LoanEvent");

            migrationBuilder.DropTable(
                name: "PolicyCounselling");

            migrationBuilder.DropTable(
                name: "RecordClearance");

            migrationBuilder.DropTable(
                name: "ReintegrationReception");

            migrationBuilder.DropTable(
                name: "SupportAction");

            migrationBuilder.DropTable(
                name: "ReintegrationLoan");
        }
    }
}
