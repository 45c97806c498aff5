import Papa from "papaparse";

/** Byte order mark: spreadsheet software reads the file as UTF-8 only when it starts with one. */
export const BOM = "\uFEFF";

/**
 * A CSV document for spreadsheets: RFC 4180 quoting by Papa Parse, CRLF line ends, a BOM, and
 * cells that start like a formula (`=`, `+`, `-`, `@`) escaped so opening the file runs nothing.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return (
    BOM +
    Papa.unparse({ fields: [...header], data: rows.map((row) => [...row]) }, { escapeFormulae: true, newline: "\r\n" })
  );
}
