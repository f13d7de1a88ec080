// CSV that opens cleanly in Excel, LibreOffice and Google Sheets: UTF-8 with a
// byte-order mark (so accents survive Excel), CRLF line ends, every field
// quoted when it holds a comma, semicolon, quote or line break, and text that a
// spreadsheet would run as a formula (=, +, -, @ first) defused with a quote.

// A leading space does not stop a spreadsheet that trims fields on import.
const FORMULA = /^\s*[=+\-@]|^[\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  // A semicolon is the list separator where the decimal mark is a comma (most of Europe): quoted too, so ";=1+1" is one field.
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type Row = readonly (string | number | null | undefined)[];

/** Rows as CSV lines, each ended by CRLF, without the byte-order mark: for a file written in parts. */
export function csvLines(rows: readonly Row[]): string {
  return rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}

/** A whole CSV file. */
export function toCsv(rows: readonly Row[]): string {
  return `${CSV_BOM}${csvLines(rows)}`;
}

export const CSV_BOM = "\uFEFF";
