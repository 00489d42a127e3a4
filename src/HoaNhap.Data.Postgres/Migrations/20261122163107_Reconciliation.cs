using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoaNhap.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Reconciliation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgencyClient",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Scopes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SecretHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyClient", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LoanStatusUpdate",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    PersonalIdNumber = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: true),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoanStatusUpdate", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reconciliations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ProblemsAccepted = table.Column<bool>(type: "boolean", nullable: false),
                    TotalRows = table.Column<int>(type: "integer", nullable: false),
                    ProcessedRows = table.Column<int>(type: "integer", nullable: false),
                    ProblemRows = table.Column<int>(type: "integer", nullable: false),
                    MatchedCount = table.Column<int>(type: "integer", nullable: false),
                    MissingInRegistryCount = table.Column<int>(type: "integer", nullable: false),
                    MissingInListCount = table.Column<int>(type: "integer", nullable: false),
                    ConflictCount = table.Column<int>(type: "integer", nullable: false),
                    UnresolvedCount = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SignedOffBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SignedOffAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CourtAgreedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CourtAgreedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ProcuracyAgreedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ProcuracyAgreedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reconciliations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReleaseNotice",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: true),
                    BirthYear = table.Column<int>(type: "integer", nullable: false),
                    Gender = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    PersonalIdNumber = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ReleasedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReleaseKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Prison = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JudgmentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Court = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReleaseNotice", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExchangeRequest",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Endpoint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    BodyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "integer", nullable: false),
                    Response = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExchangeRequest", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExchangeRequest_AgencyClient_AgencyClientId",
                        column: x => x.AgencyClientId,
                        principalTable: "AgencyClient",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReconciliationFiles",
                columns: table => new
                {
                    ReconciliationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReconciliationFiles", x => x.ReconciliationId);
                    table.ForeignKey(
                        name: "FK_ReconciliationFiles_Reconciliations_ReconciliationId",
                        column: x => x.ReconciliationId,
                        principalTable: "Reconciliations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReconciliationRows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReconciliationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    RowNumber = table.Column<int>(type: "integer", nullable: true),
                    Part = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    JudgmentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    JudgmentDate = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Court = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BirthDate = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PersonalIdNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Gender = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Penalty = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TermMonths = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EffectiveOn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    JudgmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Confidence = table.Column<double>(type: "double precision", nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Conflicts = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Resolution = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ResolutionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ResolvedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReconciliationRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReconciliationRows_Reconciliations_ReconciliationId",
                        column: x => x.ReconciliationId,
                        principalTable: "Reconciliations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgencyClient_ClientId",
                table: "AgencyClient",
                column: "ClientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeRequest_AgencyClientId_Reference",
                table: "ExchangeRequest",
                columns: new[] { "AgencyClientId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LoanStatusUpdate_AgencyClientId_Reference",
                table: "LoanStatusUpdate",
                columns: new[] { "AgencyClientId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LoanStatusUpdate_PersonalIdNumber",
                table: "LoanStatusUpdate",
                column: "PersonalIdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_LoanStatusUpdate_ProvinceCode_CommuneCode",
                table: "LoanStatusUpdate",
                columns: new[] { "ProvinceCode", "CommuneCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ReconciliationRows_ProvinceCode_CommuneCode",
                table: "ReconciliationRows",
                columns: new[] { "ProvinceCode", "CommuneCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ReconciliationRows_ReconciliationId_Part_RowNumber",
                table: "ReconciliationRows",
                columns: new[] { "ReconciliationId", "Part", "RowNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Reconciliations_ProvinceCode_Month",
                table: "Reconciliations",
                columns: new[] { "ProvinceCode", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_Reconciliations_Status",
                table: "Reconciliations",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_ReleaseNotice_AgencyClientId_Reference",
                table: "ReleaseNotice",
                columns: new[] { "AgencyClientId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReleaseNotice_ProvinceCode_CommuneCode",
                table: "ReleaseNotice",
                columns: new[] { "ProvinceCode", "CommuneCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExchangeRequest");

            migrationBuilder.DropTable(
                name: "LoanStatusUpdate");

            migrationBuilder.DropTable(
                name: "ReconciliationFiles");

            migrationBuilder.DropTable(
                name: "ReconciliationRows");

            migrationBuilder.DropTable(
                name: "ReleaseNotice");

            migrationBuilder.DropTable(
                name: "AgencyClient");

            migrationBuilder.DropTable(
                name: "Reconciliations");
        }
    }
}
