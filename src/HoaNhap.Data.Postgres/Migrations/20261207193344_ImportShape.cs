using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HoaNhap.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ImportShape : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HeaderKey",
                table: "RegisterImports",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "MappingFrom",
                table: "RegisterImports",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegisterImports_ProvinceCode_Kind_HeaderKey",
                table: "RegisterImports",
                columns: new[] { "ProvinceCode", "Kind", "HeaderKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RegisterImports_ProvinceCode_Kind_HeaderKey",
                table: "RegisterImports");

            migrationBuilder.DropColumn(
                name: "HeaderKey",
                table: "RegisterImports");

            migrationBuilder.DropColumn(
                name: "MappingFrom",
                table: "RegisterImports");
        }
    }
}
