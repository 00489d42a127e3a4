using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoaNhap.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReintegrationModels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExemplaryIndividual",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    RecognisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecognisedBy = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Achievements = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    EvidenceFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExemplaryIndividual", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExemplaryIndividual_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReintegrationModel",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EstablishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Lead = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Goal = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    StoppedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StopReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReintegrationModel", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReintegrationModelActivity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Participants = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturneesHelped = table.Column<int>(type: "INTEGER", nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReintegrationModelActivity", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReintegrationModelActivity_ReintegrationModel_ModelId",
                        column: x => x.ModelId,
                        principalTable: "ReintegrationModel",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReintegrationModelMember",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReintegrationModelMember", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReintegrationModelMember_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReintegrationModelMember_ReintegrationModel_ModelId",
                        column: x => x.ModelId,
                        principalTable: "ReintegrationModel",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExemplaryIndividual_CaseId",
                table: "ExemplaryIndividual",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ExemplaryIndividual_ProvinceCode_CommuneCode",
                table: "ExemplaryIndividual",
                columns: new[] { "ProvinceCode", "CommuneCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ReintegrationModel_ProvinceCode_CommuneCode",
                table: "ReintegrationModel",
                columns: new[] { "ProvinceCode", "CommuneCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ReintegrationModelActivity_ModelId_HeldOn",
                table: "ReintegrationModelActivity",
                columns: new[] { "ModelId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ReintegrationModelActivity_ProvinceCode_CommuneCode",
                table: "ReintegrationModelActivity",
                columns: new[] { "ProvinceCode", "CommuneCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ReintegrationModelMember_CaseId",
                table: "ReintegrationModelMember",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ReintegrationModelMember_ModelId",
                table: "ReintegrationModelMember",
                column: "ModelId");

            migrationBuilder.CreateIndex(
                name: "IX_ReintegrationModelMember_ProvinceCode_CommuneCode",
                table: "ReintegrationModelMember",
                columns: new[] { "ProvinceCode", "CommuneCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExemplaryIndividual");

            migrationBuilder.DropTable(
                name: "ReintegrationModelActivity");

            migrationBuilder.DropTable(
                name: "ReintegrationModelMember");

            migrationBuilder.DropTable(
                name: "ReintegrationModel");
        }
    }
}
