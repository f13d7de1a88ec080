// CSV that opens cleanly in Excel, LibreOffice and Google Sheets: UTF-8 with a
// byte-order mark (so accents survive Excel), CRLF line ends, every field
// quoted when it holds a comma, quote or line break, and text that a
// spreadsheet would run as a formula (=, +, -, @ first) defused with a quote.

// A leading space does not stop a spreadsheet that trims fields on import.
const FORMULA = /^\s*[=+\-@]|^[\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}
