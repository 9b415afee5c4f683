/**
 * The head of a worksheet part: its first rows, for finding tables without reading (or inflating) a sheet of
 * 300,000 rows whole. The text is cut where a row past the head starts and closed as a well-formed part.
 */

/** Counts row elements in a growing text, and says where the first row past `rows` starts. */
export class RowCounter {
  private readonly pattern = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;
  private count = 0;
  /** Just past the last row start counted, and how far the text has been read. */
  private lastSeen = 0;
  private scanned = 0;
  /** Where the first row past the head starts, once it has been seen. */
  cutAt = -1;

  constructor(private readonly rows: number) {}

  /** Whether `text` (the last text with more appended) reaches past the head; reads only what is new. */
  readonly enough = (text: string): boolean => {
    if (this.cutAt >= 0) return true;
    // A tag may straddle the last chunk's end: look again from a little before it, past the rows already counted.
    this.pattern.lastIndex = Math.max(this.lastSeen, this.scanned - 16);
    for (let match = this.pattern.exec(text); match; match = this.pattern.exec(text)) {
      this.lastSeen = match.index + 1;
      if (++this.count > this.rows) {
        this.cutAt = match.index;
        return true;
      }
    }
    this.scanned = text.length;
    return false;
  };
}

/** The head's text as a well-formed part: cut before the row past the head, then sheetData and the root closed. */
export function closedHead(text: string, cutAt: number): string {
  const sheetData = /<((?:[A-Za-z_][\w.-]*:)?)sheetData[\s>]/.exec(text);
  const root = /<((?:[A-Za-z_][\w.-]*:)?)worksheet[\s>]/.exec(text);
  if (!sheetData || !root || cutAt < sheetData.index) return text;
  return `${text.slice(0, cutAt)}</${sheetData[1]}sheetData></${root[1]}worksheet>`;
}
