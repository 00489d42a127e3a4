// The application's shared kernel (finding a case, documents, rule parameters, the worklist contract, indicators).
global using HoaNhap.Web.Shared;
