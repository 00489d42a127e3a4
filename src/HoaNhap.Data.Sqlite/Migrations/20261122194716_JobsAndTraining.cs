using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoaNhap.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class JobsAndTraining : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Employer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TaxCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactPerson = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    JobsOffered = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Places = table.Column<int>(type: "INTEGER", nullable: false),
                    WillingSince = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Employer", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VocationalCourse",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Trade = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Seats = table.Column<int>(type: "INTEGER", nullable: false),
                    FeeWaived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Support = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VocationalCourse", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobReferral",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TargetName = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OutcomeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeclinedBy = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OutcomeNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobReferral", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobReferral_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JobReferral_Employer_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JobReferral_VocationalCourse_CourseId",
                        column: x => x.CourseId,
                        principalTable: "VocationalCourse",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Employer_ProvinceCode_CommuneCode",
                table: "Employer",
                columns: new[] { "ProvinceCode", "CommuneCode" });

            migrationBuilder.CreateIndex(
                name: "IX_JobReferral_CaseId",
                table: "JobReferral",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_JobReferral_CourseId",
                table: "JobReferral",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_JobReferral_EmployerId",
                table: "JobReferral",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_JobReferral_ProvinceCode_CommuneCode",
                table: "JobReferral",
                columns: new[] { "ProvinceCode", "CommuneCode" });

            migrationBuilder.CreateIndex(
                name: "IX_JobReferral_ReferredOn",
                table: "JobReferral",
                column: "ReferredOn");

            migrationBuilder.CreateIndex(
                name: "IX_VocationalCourse_EndsOn",
                table: "VocationalCourse",
                column: "EndsOn");

            migrationBuilder.CreateIndex(
                name: "IX_VocationalCourse_ProvinceCode_CommuneCode",
                table: "VocationalCourse",
                columns: new[] { "ProvinceCode", "CommuneCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobReferral");

            migrationBuilder.DropTable(
                name: "Employer");

            migrationBuilder.DropTable(
                name: "VocationalCourse");
        }
    }
}
