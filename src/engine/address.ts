/** A1 references for messages and for Office.js ranges. Rows and columns are zero-based here, one-based in A1. */

export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** "'Scorecard Q3'!B7": quoted when the sheet name needs it, as Excel writes it. */
export function sheetCellAddress(sheet: string, row: number, column: number): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet);
  const name = plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${cellAddress(row, column)}`;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
