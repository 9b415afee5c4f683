/**
 * The .xlsx package read as it is: its sheets (parsed once, and kept until a write changes them), their Excel
 * tables, sizes and heads, and the add-in's settings. XlsxWorkbook (xlsxWorkbook.ts) adds applying plans.
 */
import { SETTINGS_SHEET, type SheetData, type SheetSize, type WorkbookContext } from "../../engine/sheet/workbook";
import { readFailed } from "../../engine/sheet/workbookErrors";
import { datesToEngine, type DateSystem } from "../../engine/dates/dateSystem";
import { workbookPartOf } from "./package/relationships";
import { readSheetXml, type ParsedSheet } from "./package/sheetReader";
import { RowCounter, closedHead } from "./package/sheetHead";
import { readSheetTables, withTableHeaders, type TablePart } from "./package/tablePart";
import { readSharedStrings } from "./package/sharedStrings";
import { Styles } from "./package/styles";
import { readWorkbook, type WorkbookInfo } from "./package/workbookPart";
import { readingPart } from "./package/packageError";
import type { ZipPackage } from "./package/zipPackage";

/** The styles of a package that has no styles part: the one default cell format. */
export const MINIMAL_STYLES = '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';

export class XlsxPackageReader {
  protected info: WorkbookInfo;
  protected readonly sharedStrings: string[];
  protected readonly stylesPart: string | null;
  protected styles: Styles;
  protected readonly parsed = new Map<string, ParsedSheet>();
  protected readonly tableParts = new Map<string, TablePart[]>();
  protected active: string | null = null;

  protected constructor(readonly pkg: ZipPackage) {
    this.info = readWorkbook(pkg, workbookPartOf(pkg));
    const rel = (type: string) => this.info.relationships.find((r) => r.type === type && !r.external && pkg.has(r.target))?.target ?? null;
    const strings = rel("sharedStrings");
    this.sharedStrings = strings ? readingPart(strings, () => readSharedStrings(pkg.text(strings) ?? "")) : [];
    const stylesPart = (this.stylesPart = rel("styles"));
    this.styles = readingPart(stylesPart ?? "xl/styles.xml", () => new Styles((stylesPart && pkg.text(stylesPart)) || MINIMAL_STYLES));
  }

  /** A sheet's visibility as the workbook states it ("veryHidden" for the settings sheet), or null if none. */
  sheetState(name: string): "visible" | "hidden" | "veryHidden" | null {
    return this.info.sheets.find((sheet) => sheet.name === name)?.state ?? null;
  }

  protected entry(name: string) {
    const entry = this.info.sheets.find((sheet) => sheet.name === name);
    if (!entry || !entry.part) throw readFailed(`there is no sheet called "${name}".`);
    return entry as typeof entry & { part: string };
  }

  protected parsedSheet(name: string): ParsedSheet {
    const cached = this.parsed.get(name);
    if (cached) return cached;
    const { part } = this.entry(name);
    const sheet = readingPart(part, () => readSheetXml(name, this.pkg.text(part) ?? "", this.sharedStrings, this.styles));
    this.parsed.set(name, sheet);
    return sheet;
  }

  async sheetNames(): Promise<string[]> {
    return this.info.sheets.filter((s) => s.part && s.name !== SETTINGS_SHEET).map((s) => s.name);
  }

  async activeSheet(): Promise<string> {
    const names = await this.sheetNames();
    if (this.active && names.includes(this.active)) return this.active;
    const name = this.info.sheets[this.info.activeTab]?.name;
    return name && names.includes(name) ? name : (names[0] ?? "");
  }

  /** The preview's sheet tabs set the active sheet, as clicking a tab in Excel does. */
  setActiveSheet(name: string): void {
    this.active = name;
  }

  async readSheets(names: readonly string[]): Promise<SheetData[]> {
    return Promise.all(names.map((name) => this.readSheet(name)));
  }

  /** 1904 for a Mac-made workbook: its dates are moved to the engine's 1900 serials as read, and back as written. */
  get dateSystem(): DateSystem {
    return this.info.date1904 ? 1904 : 1900;
  }

  async readSheet(name: string): Promise<SheetData> {
    return this.sheetData(name, this.parsedSheet(name));
  }

  /**
   * Each sheet's first `rows` rows, for finding tables: a sheet longer than that is inflated and read only that
   * far (and not kept); a shorter one is read whole, and kept, as readSheet reads it.
   */
  async readSheetHeads(names: readonly string[], rows: number): Promise<SheetData[]> {
    return names.map((name) => {
      if (this.parsed.has(name)) return this.sheetData(name, this.parsedSheet(name));
      const counter = new RowCounter(rows);
      const head = this.pkg.textHead(this.entry(name).part, counter.enough);
      if (!head || head.complete || counter.cutAt < 0) return this.sheetData(name, this.parsedSheet(name));
      return this.sheetData(name, readSheetXml(name, closedHead(head.text, counter.cutAt), this.sharedStrings, this.styles));
    });
  }

  protected sheetData(name: string, sheet: ParsedSheet): SheetData {
    const tables = this.tablesOn(name);
    // A table's header cell left blank in the sheet shows its column's name, as Excel shows it.
    const values = datesToEngine(tables.length > 0 ? withTableHeaders(sheet.values, tables) : sheet.values, sheet.numberFormats, this.dateSystem);
    const shown = tables.map(({ name: table, top, left, bottom, right, headerRow, totalsRow, columns }) => ({ name: table, top, left, bottom, right, headerRow, totalsRow, columns }));
    return { name, top: 0, left: 0, values, numberFormats: sheet.numberFormats, formulas: sheet.formulas, textFills: sheet.textFills, merges: sheet.merges, ...(tables.length > 0 ? { tables: shown } : {}) };
  }

  /** The Excel tables on a sheet, read from its table parts. */
  protected tablesOn(name: string): TablePart[] {
    let tables = this.tableParts.get(name);
    if (!tables) this.tableParts.set(name, (tables = readSheetTables(this.pkg, this.entry(name).part, name)));
    return tables;
  }

  async sheetSizes(): Promise<SheetSize[]> {
    return (await this.sheetNames()).map((name) => {
      const { values } = this.parsedSheet(name);
      let columns = 0;
      for (const row of values) columns = Math.max(columns, row.length);
      return { name, rows: values.length, columns };
    });
  }

  async readContext(): Promise<WorkbookContext> {
    return { settings: this.readSettings(), activeSheet: await this.activeSheet(), sheetNames: await this.sheetNames() };
  }

  private readSettings(): string | null {
    const entry = this.info.sheets.find((sheet) => sheet.name === SETTINGS_SHEET && sheet.part);
    if (!entry) return null;
    const parts: string[] = [];
    for (const row of this.parsedSheet(SETTINGS_SHEET).values) if (typeof row[0] === "string") parts.push(row[0]);
    return parts.join("") || null;
  }
}
