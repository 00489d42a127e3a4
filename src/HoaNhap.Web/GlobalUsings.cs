// The shared kernel every feature builds on (finding a case, its header, documents, rule parameters, the worklist
// contract, form checks): one namespace, available everywhere, so that no feature needs another feature's.
global using HoaNhap.Web.Shared;
global using HoaNhap.Web.Shared.Forms;
global using HoaNhap.Web.Shared.Exports;
