using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoaNhap.Data.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    CounselledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Topics = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    WantsLoan = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DocumentDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    BorrowerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RequestedAmount = table.Column<long>(type: "bigint", nullable: false),
                    ListedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SentenceCompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Workers = table.Column<int>(type: "integer", nullable: true),
                    EligibleWorkers = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApprovedAmount = table.Column<long>(type: "bigint", nullable: true),
                    DisbursedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DisbursedAmount = table.Column<long>(type: "bigint", nullable: true),
                    RepaidAmount = table.Column<long>(type: "bigint", nullable: false),
                    Misuse = table.Column<bool>(type: "boolean", nullable: false),
                    MisuseNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LastEventOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    ReleaseNoticeId = table.Column<Guid>(type: "uuid", nullable: true),
                    NoticeReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReleasedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Sender = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ResidenceCheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LivesThere = table.Column<bool>(type: "boolean", nullable: true),
                    ResidenceNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SenderNoticeFileId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Circumstances = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Wishes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    MinutesFileId = table.Column<Guid>(type: "uuid", nullable: true),
                    InformationSheetFileId = table.Column<Guid>(type: "uuid", nullable: true),
                    OfficerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    OfficerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OfficerAssignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HelperName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    HelperKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    HelperOrganisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Area = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Need = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Action = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Responsible = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IdentifiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LoanId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
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
