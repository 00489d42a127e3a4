// Writes so-xa-tan-hoa-2003.xls, an Excel 97–2003 (BIFF8) register of a commune with Vietnamese text, for ImportXlsTests.
// Made once with SheetJS (npm's `xlsx`), kept in the repository; to make it again:
//   mkdir /tmp/xlsgen && (cd /tmp/xlsgen && npm install xlsx) && TZ=UTC NODE_PATH=/tmp/xlsgen/node_modules node make-xls.cjs
// The cells are typed as a commune types them: dates as Excel dates and as text, a personal ID as a number (its leading
// zero lost), a year of birth alone.
const XLSX = require("xlsx");
const d = (y, m, day) => new Date(Date.UTC(y, m - 1, day));
const rows = [
  ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Nơi cư trú", "Số bản án", "Ngày tuyên án", "Tòa án", "Tội danh", "Hình phạt", "Mức án", "Thời gian thử thách", "Ngày hiệu lực"],
  [1, "Nguyễn Thị Ánh Tuyết", d(1988, 3, 14), "Nữ", 25188771201, "Tổ 3, Phường Tân Hòa", "45/2025/HS-ST", d(2025, 6, 10), "Tòa án nhân dân khu vực 1 - Phú Thọ", "Trộm cắp tài sản", "Án treo", "18 tháng", 36, "10/07/2025"],
  [2, "ĐẶNG VĂN HƯỞNG", "1979", "Nam", "025079771202", "Tổ 11, Phường Tân Hòa", "46/2025/HS-ST", "12/6/25", "Tòa án nhân dân khu vực 1 - Phú Thọ", "Đánh bạc", "Cải tạo không giam giữ", "1 năm", "", d(2025, 7, 15)],
];
const sheet = XLSX.utils.aoa_to_sheet(rows);
const book = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(book, sheet, "Sổ theo dõi");
XLSX.writeFile(book, __dirname + "/so-xa-tan-hoa-2003.xls", { bookType: "biff8" });
