/**
 * The .xlsx host for the CLI, the browser preview and the tests: the package read as it is, and a plan applied by
 * editing the package in place. Parts the plan has no reason to touch go back byte for byte; in a sheet it
 * rates, only the planned cells and the colour rules change (sheetEditor.ts).
 */
import { checkPlan, protectedSheetMessage, sheetsWritten } from "../../engine/sheet/checkPlan";
import { sheetCellAddress } from "../../engine/sheet/address";
import { SETTINGS_SHEET, type ApplySummary, type CellRange, type PageLayoutSupport, type Plan, type SheetData, type SheetSize, type WorkbookAdapter, type WorkbookContext } from "../../engine/sheet/workbook";
import { settingsChunks } from "../../engine/sheet/settingsChunks";
import { WorkbookError, planRefused, readFailed } from "../../engine/sheet/workbookErrors";
import { addRelationship, readRelationships, REL_TYPE, removeRelationshipsTo, setContentTypeOverride, WORKSHEET_CONTENT_TYPE, workbookPartOf } from "./package/relationships";
import { editSheetXml } from "./package/sheetEditor";
import { readSheetXml, type ParsedSheet } from "./package/sheetReader";
import { readSharedStrings } from "./package/sharedStrings";
import { Styles } from "./package/styles";
import { appendSheet, readWorkbook, requestFullCalculation, type WorkbookInfo } from "./package/workbookPart";
import { escapeXml } from "./package/xml";
import { addPrintTitles, layoutSheetXml, removeSheetEntry, wrapCells } from "./package/sheetLayout";
import { DEFAULT_LIMITS, ZipPackage, type PackageLimits } from "./package/zipPackage";
import type { ZipCodec } from "./package/zipWriter";

const MINIMAL_STYLES = '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';

export class XlsxWorkbook implements WorkbookAdapter {
  readonly host = "xlsx" as const;
  private info: WorkbookInfo;
  private readonly sharedStrings: string[];
  private readonly stylesPart: string | null;
  private styles: Styles;
  private readonly parsed = new Map<string, ParsedSheet>();
  private active: string | null = null;
  private selection: CellRange | null = null;
  private readonly selectionListeners = new Set<(sheet: string, row: number, column: number) => void>();

  private constructor(readonly pkg: ZipPackage) {
    this.info = readWorkbook(pkg, workbookPartOf(pkg));
    const rel = (type: string) => this.info.relationships.find((r) => r.type === type && !r.external && pkg.has(r.target))?.target ?? null;
    const strings = rel("sharedStrings");
    this.sharedStrings = strings ? readSharedStrings(pkg.text(strings) ?? "") : [];
    this.stylesPart = rel("styles");
    this.styles = new Styles((this.stylesPart && pkg.text(this.stylesPart)) || MINIMAL_STYLES);
  }

  /**
   * Opens a package from its bytes; limits refuse "zip bombs" before anything is inflated. `codec` replaces the
   * portable zip codec where the host has a faster one (the CLI: Node's zlib).
   */
  static open(bytes: Uint8Array, limits: PackageLimits = DEFAULT_LIMITS, codec?: ZipCodec): XlsxWorkbook {
    return new XlsxWorkbook(ZipPackage.open(bytes, limits, codec));
  }

  /** Tells the listener when a cell is selected (the preview moves its highlight there); returns the unsubscribe. */
  onSelection(listener: (sheet: string, row: number, column: number) => void): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  /** A sheet's visibility as the workbook states it ("veryHidden" for the settings sheet), or null if none. */
  sheetState(name: string): "visible" | "hidden" | "veryHidden" | null {
    return this.info.sheets.find((sheet) => sheet.name === name)?.state ?? null;
  }

  /** Whether any part was written, added or removed. */
  get changed(): boolean {
    return this.pkg.changed().length > 0;
  }

  /** The package as .xlsx bytes: untouched parts exactly as they were read. */
  save(): Uint8Array {
    return this.pkg.save();
  }

  private entry(name: string) {
    const entry = this.info.sheets.find((sheet) => sheet.name === name);
    if (!entry || !entry.part) throw readFailed(`there is no sheet called "${name}".`);
    return entry as typeof entry & { part: string };
  }

  private parsedSheet(name: string): ParsedSheet {
    const cached = this.parsed.get(name);
    if (cached) return cached;
    const { part } = this.entry(name);
    const sheet = readSheetXml(name, this.pkg.text(part) ?? "", this.sharedStrings, this.styles);
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

  async readSheet(name: string): Promise<SheetData> {
    const sheet = this.parsedSheet(name);
    return { name, top: 0, left: 0, values: sheet.values, numberFormats: sheet.numberFormats, formulas: sheet.formulas, textFills: sheet.textFills, merges: sheet.merges };
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

  async apply(plan: Plan): Promise<ApplySummary> {
    const checked = checkPlan(plan, await this.sheetNames());
    if (!checked.ok) throw new WorkbookError("refused", checked.error.message);
    // Excel refuses writes to a protected sheet and into a merged range's hidden cells: refuse both here too.
    const created = new Set(plan.createSheets ?? []);
    const existing = sheetsWritten(plan).filter((name) => !created.has(name));
    const locked = existing.find((name) => this.parsedSheet(name).isProtected);
    if (locked) throw new WorkbookError("refused", protectedSheetMessage(locked));
    for (const change of plan.changes) {
      if (created.has(change.sheet)) continue;
      const merge = this.parsedSheet(change.sheet).merges.find((m) => (m.top !== m.bottom || m.left !== m.right) && change.row >= m.top && change.row <= m.bottom && change.column >= m.left && change.column <= m.right);
      if (merge) throw planRefused(`${sheetCellAddress(change.sheet, change.row, change.column)} is inside merged cells.`);
    }

    for (const name of plan.createSheets ?? []) {
      const layout = plan.layouts?.find((l) => l.sheet === name);
      this.addSheet(name, "visible", layout ? layoutSheetXml(layout) : emptySheetXml([]));
      if (layout?.printTitleRows) {
        addPrintTitles(this.pkg, this.info, this.info.sheets.findIndex((sheet) => sheet.name === name), name, layout.printTitleRows);
        this.info = readWorkbook(this.pkg, this.info.part);
      }
    }
    const changesBySheet = groupBy(plan.changes, (change) => change.sheet);
    const fillsBySheet = groupBy(plan.fills ?? [], (fill) => fill.range.sheet);
    const removalsBySheet = groupBy(plan.removeFills ?? [], (fill) => fill.range.sheet);
    const edited = new Set([...changesBySheet.keys(), ...fillsBySheet.keys(), ...removalsBySheet.keys()]);
    for (const name of edited) {
      const sheet = this.parsedSheet(name);
      const pieces = editSheetXml(sheet, changesBySheet.get(name) ?? [], fillsBySheet.get(name) ?? [], this.styles, removalsBySheet.get(name) ?? []);
      this.pkg.setTextInPieces(this.entry(name).part, pieces);
      this.parsed.delete(name);
    }
    for (const layout of plan.layouts ?? []) {
      if (!layout.wrapText) continue;
      const { part } = this.entry(layout.sheet);
      this.pkg.setText(part, wrapCells(this.pkg.text(part) ?? "", (style) => this.styles.styleWithWrap(style)));
      this.parsed.delete(layout.sheet);
    }
    if (plan.settings !== undefined) this.writeSettings(plan.settings);
    for (const name of plan.deleteSheets ?? []) this.removeSheet(name);
    if (this.styles.hasAdditions()) {
      if (!this.stylesPart) throw planRefused("this workbook has no styles part to add a number format or colour to.");
      this.pkg.setText(this.stylesPart, this.styles.toXml());
      this.styles = new Styles(this.pkg.text(this.stylesPart) ?? MINIMAL_STYLES);
    }
    if (edited.size > 0) {
      this.dropCalcChain();
      if (plan.changes.some((change) => change.kind === "formula")) requestFullCalculation(this.pkg, this.info.part);
    }
    return { cellsWritten: plan.changes.length };
  }

  /** The package is laid out by this adapter itself: page setup is always written. */
  async pageLayoutSupport(): Promise<PageLayoutSupport> {
    return { supported: true };
  }

  /** Takes a sheet out: its part, relationship and content type, its entry and the names local to it. */
  private removeSheet(name: string): void {
    const { part } = this.entry(name);
    removeSheetEntry(this.pkg, this.info, this.info.sheets.findIndex((sheet) => sheet.name === name));
    this.pkg.remove(part);
    removeRelationshipsTo(this.pkg, this.info.part, part);
    setContentTypeOverride(this.pkg, part, null);
    this.parsed.delete(name);
    this.info = readWorkbook(this.pkg, this.info.part);
    if (this.active === name) this.active = null;
  }

  async select(sheet: string, row: number, column: number): Promise<void> {
    this.active = sheet;
    this.selection = { sheet, top: row, left: column, bottom: row, right: column };
    this.selectionListeners.forEach((listener) => listener(sheet, row, column));
  }

  /** The preview grid's selection (a click, or a shift-click to extend it), as Excel's would be. */
  selectRange(range: CellRange): void {
    this.active = range.sheet;
    this.selection = range;
  }

  async readSelection(): Promise<CellRange | null> {
    return this.selection;
  }

  /** The settings sheet is the add-in's own: rewritten whole, or added (very hidden) as new parts. */
  private writeSettings(json: string): void {
    const xml = emptySheetXml(settingsChunks(json));
    const entry = this.info.sheets.find((sheet) => sheet.name === SETTINGS_SHEET && sheet.part);
    if (entry?.part) this.pkg.setText(entry.part, xml);
    else this.addSheet(SETTINGS_SHEET, "veryHidden", xml);
    this.parsed.delete(SETTINGS_SHEET);
  }

  private addSheet(name: string, state: "visible" | "veryHidden", xml: string): void {
    let n = 1;
    while (this.pkg.has(`xl/worksheets/sheet${n}.xml`)) n++;
    const part = `xl/worksheets/sheet${n}.xml`;
    this.pkg.setText(part, xml);
    setContentTypeOverride(this.pkg, part, WORKSHEET_CONTENT_TYPE);
    const id = addRelationship(this.pkg, this.info.part, REL_TYPE.worksheet, part);
    appendSheet(this.pkg, this.info, name, id, state);
    this.info = readWorkbook(this.pkg, this.info.part);
  }

  /** calcChain.xml lists formula cells; after cells change it may be stale, and Excel rebuilds it when it is gone. */
  private dropCalcChain(): void {
    const chain = readRelationships(this.pkg, this.info.part).find((rel) => rel.type === "calcChain");
    if (!chain) return;
    this.pkg.remove(chain.target);
    removeRelationshipsTo(this.pkg, this.info.part, chain.target);
    setContentTypeOverride(this.pkg, chain.target, null);
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** A worksheet part holding `columnA` as inline strings down column A. */
function emptySheetXml(columnA: readonly string[]): string {
  const rows = columnA
    .map((text, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c></row>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${rows}</sheetData></worksheet>`;
}
