/**
 * The .xlsx host for the CLI, the browser preview and the tests: the package read as it is, and a plan applied by
 * editing the package in place. Parts the plan has no reason to touch go back byte for byte; in a sheet it
 * rates, only the planned cells and the colour rules change (sheetEditor.ts).
 */
import { checkPlan, protectedSheetMessage, sheetsWritten, STRUCTURE_PROTECTED_MESSAGE } from "../../engine/sheet/checkPlan";
import { sheetCellAddress } from "../../engine/sheet/address";
import { SETTINGS_SHEET, type ApplySummary, type CellChange, type CellRange, type PageLayoutSupport, type Plan, type SheetData, type SheetSize, type WorkbookAdapter, type WorkbookContext } from "../../engine/sheet/workbook";
import { settingsChunks } from "../../engine/sheet/settingsChunks";
import { WorkbookError, planRefused, readFailed } from "../../engine/sheet/workbookErrors";
import { addRelationship, readRelationships, removeRelationshipsTo, setContentTypeOverride, WORKSHEET_CONTENT_TYPE, workbookPartOf } from "./package/relationships";
import { copySheetPart, uncopiable } from "./package/copySheet";
import { namesScopedFrom, removeSheetPart } from "./package/removeSheet";
import { editSheetXml } from "./package/sheetEditor";
import { readSheetXml, type ParsedSheet } from "./package/sheetReader";
import { RowCounter, closedHead } from "./package/sheetHead";
import { extendTables, readSheetTables, withTableHeaders, type TablePart } from "./package/tablePart";
import { readSharedStrings } from "./package/sharedStrings";
import { Styles } from "./package/styles";
import { appendSheet, readWorkbook, requestFullCalculation, type WorkbookInfo } from "./package/workbookPart";
import { datesToEngine, datesToWorkbook, type DateSystem } from "../../engine/dates/dateSystem";
import { escapeXml } from "./package/xml";
import { readingPart } from "./package/packageError";
import { NAMESPACES, type Conformance } from "./package/conformance";
import { addPrintTitles, layoutSheetXml, wrapCells } from "./package/sheetLayout";
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
  private readonly tableParts = new Map<string, TablePart[]>();
  private active: string | null = null;
  private selection: CellRange | null = null;
  private readonly selectionListeners = new Set<(sheet: string, row: number, column: number) => void>();

  private constructor(readonly pkg: ZipPackage) {
    this.info = readWorkbook(pkg, workbookPartOf(pkg));
    const rel = (type: string) => this.info.relationships.find((r) => r.type === type && !r.external && pkg.has(r.target))?.target ?? null;
    const strings = rel("sharedStrings");
    this.sharedStrings = strings ? readingPart(strings, () => readSharedStrings(pkg.text(strings) ?? "")) : [];
    const stylesPart = (this.stylesPart = rel("styles"));
    this.styles = readingPart(stylesPart ?? "xl/styles.xml", () => new Styles((stylesPart && pkg.text(stylesPart)) || MINIMAL_STYLES));
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

  /** save() as pieces, for writing to a file without joining them (a large package is not copied whole). */
  savePieces(): Uint8Array[] {
    return this.pkg.savePieces();
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

  private sheetData(name: string, sheet: ParsedSheet): SheetData {
    const tables = this.tablesOn(name);
    // A table's header cell left blank in the sheet shows its column's name, as Excel shows it.
    const values = datesToEngine(tables.length > 0 ? withTableHeaders(sheet.values, tables) : sheet.values, sheet.numberFormats, this.dateSystem);
    const shown = tables.map(({ name: table, top, left, bottom, right, headerRow, totalsRow, columns }) => ({ name: table, top, left, bottom, right, headerRow, totalsRow, columns }));
    return { name, top: 0, left: 0, values, numberFormats: sheet.numberFormats, formulas: sheet.formulas, textFills: sheet.textFills, merges: sheet.merges, ...(tables.length > 0 ? { tables: shown } : {}) };
  }

  /** The Excel tables on a sheet, read from its table parts. */
  private tablesOn(name: string): TablePart[] {
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

  async apply(plan: Plan): Promise<ApplySummary> {
    const names = await this.sheetNames();
    // Output headers are read from the package as it is now (checkPlan refuses a plan whose column has moved).
    // A table's blank header cell reads as its column's name, as Excel shows it and as the plan was made from.
    const shown = new Map<string, SheetData>();
    const headerAt = (sheet: string, row: number, column: number) => {
      if (!names.includes(sheet)) return null;
      let data = shown.get(sheet);
      if (!data) shown.set(sheet, (data = this.sheetData(sheet, this.parsedSheet(sheet))));
      return data.values[row]?.[column] ?? null;
    };
    const checked = checkPlan(plan, names, headerAt);
    if (!checked.ok) throw new WorkbookError("refused", checked.error.message);
    // Excel refuses writes to a protected sheet and into a merged range's hidden cells: refuse both here too.
    const created = new Set(plan.createSheets ?? []);
    const existing = sheetsWritten(plan).filter((name) => !created.has(name));
    const locked = existing.find((name) => this.parsedSheet(name).isProtected);
    if (locked) throw new WorkbookError("refused", protectedSheetMessage(locked));
    for (const change of plan.changes) {
      if (created.has(change.sheet)) continue;
      // The top-left cell holds the merge's value, and Excel writes it like any cell.
      const merge = this.parsedSheet(change.sheet).merges.find((m) => (change.row !== m.top || change.column !== m.left) && change.row >= m.top && change.row <= m.bottom && change.column >= m.left && change.column <= m.right);
      if (merge) throw planRefused(`${sheetCellAddress(change.sheet, change.row, change.column)} is inside merged cells.`);
    }

    const settingsSheetNeeded = plan.settings !== undefined && !this.info.sheets.some((sheet) => sheet.name === SETTINGS_SHEET && sheet.part);
    if (this.info.structureLocked && (created.size > 0 || settingsSheetNeeded)) throw new WorkbookError("refused", STRUCTURE_PROTECTED_MESSAGE);

    // A date the plan writes (a baseline's date) is an engine serial: the workbook keeps it in its own system.
    const changesBySheet = groupBy(datesToWorkbook(plan.changes, this.dateSystem), (change) => change.sheet);
    // A new column just beside an Excel table joins it, as in Excel; worked out before anything is written.
    const tableEdits = new Map<string, string>();
    for (const [name, changes] of changesBySheet) {
      if (created.has(name)) continue;
      const values = (await this.readSheet(name)).values;
      const header = (row: number, column: number) => {
        const change = changes.find((c) => c.row === row && c.column === column);
        const value = change ? (change.kind === "value" ? change.value : null) : values[row]?.[column];
        return value === null || value === undefined ? "" : String(value);
      };
      for (const [part, xml] of extendTables(this.tablesOn(name), changes, header)) tableEdits.set(part, xml);
    }

    const restore = this.pkg.restorePoint();
    const { info, styles } = this;
    try {
      this.write(plan, created, changesBySheet, tableEdits);
    } catch (error) {
      // All or nothing: a part found damaged part-way (read only now) leaves no part written.
      restore();
      this.info = info;
      // The styles were added to as cells were edited: read afresh from the part, as it is again.
      this.styles = this.stylesPart ? new Styles(this.pkg.text(this.stylesPart) ?? MINIMAL_STYLES) : styles;
      this.parsed.clear();
      this.tableParts.clear();
      throw error instanceof WorkbookError ? error : planRefused(error instanceof Error ? error.message : String(error));
    }
    return { cellsWritten: plan.changes.length };
  }

  private write(plan: Plan, created: ReadonlySet<string>, changesBySheet: ReadonlyMap<string, CellChange[]>, tableEdits: ReadonlyMap<string, string>): void {
    for (const name of created) {
      const layout = plan.layouts?.find((l) => l.sheet === name);
      this.addSheet(name, "visible", layout ? layoutSheetXml(layout) : emptySheetXml([], this.info.conformance));
      if (layout?.printTitleRows) {
        addPrintTitles(this.pkg, this.info, this.info.sheets.findIndex((sheet) => sheet.name === name), name, layout.printTitleRows);
        this.info = readWorkbook(this.pkg, this.info.part);
      }
    }
    const fillsBySheet = groupBy(plan.fills ?? [], (fill) => fill.range.sheet);
    const removalsBySheet = groupBy(plan.removeFills ?? [], (fill) => fill.range.sheet);
    const edited = new Set([...changesBySheet.keys(), ...fillsBySheet.keys(), ...removalsBySheet.keys()]);
    for (const name of edited) {
      const sheet = this.parsedSheet(name);
      const pieces = editSheetXml(sheet, changesBySheet.get(name) ?? [], fillsBySheet.get(name) ?? [], this.styles, removalsBySheet.get(name) ?? []);
      this.pkg.setTextInPieces(this.entry(name).part, pieces);
      this.parsed.delete(name);
    }
    for (const [part, xml] of tableEdits) this.pkg.setText(part, xml);
    this.tableParts.clear();
    for (const layout of plan.layouts ?? []) {
      if (!layout.wrapText) continue;
      const { part } = this.entry(layout.sheet);
      this.pkg.setText(part, wrapCells(this.pkg.text(part) ?? "", (style) => this.styles.styleWithWrap(style)));
      this.parsed.delete(layout.sheet);
    }
    if (plan.settings !== undefined) this.writeSettings(plan.settings);
    for (const name of plan.deleteSheets ?? []) {
      const problem = this.takeOut(name);
      if (problem) throw readFailed(problem);
    }
    if (this.styles.hasAdditions()) {
      if (!this.stylesPart) throw planRefused("this workbook has no styles part to add a number format or colour to.");
      this.pkg.setText(this.stylesPart, this.styles.toXml());
      this.styles = new Styles(this.pkg.text(this.stylesPart) ?? MINIMAL_STYLES);
    }
    if (edited.size > 0) {
      this.dropCalcChain();
      // Formulas of the workbook's own may depend on what changed (COUNTIF(L:L,"Red")): Excel recalculates on open.
      if (plan.changes.length > 0) requestFullCalculation(this.pkg, this.info.part);
    }
  }

  /** The package is laid out by this adapter itself: page setup is always written. */
  async pageLayoutSupport(): Promise<PageLayoutSupport> {
    return { supported: true };
  }

  /** Takes a sheet out (package/removeSheet.ts); a problem, in words, leaves the package as it was. */
  private takeOut(name: string): string | null {
    const problem = removeSheetPart(this.pkg, this.info, name);
    if (problem) return problem;
    this.info = readWorkbook(this.pkg, this.info.part);
    this.parsed.delete(name);
    if (this.active === name) this.active = null;
    return null;
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

  async copySheet(source: string, name: string): Promise<void> {
    const { part } = this.entry(source);
    const checked = checkPlan({ changes: [], allowed: [], createSheets: [name] }, this.info.sheets.map((s) => s.name));
    if (!checked.ok) throw new WorkbookError("refused", checked.error.message);
    const blocked = uncopiable(this.pkg, part);
    if (blocked) throw planRefused(`the sheet "${source}" has ${blocked}, which this copy cannot carry over. Start the new year in Excel, where the pane copies the sheet whole.`);
    copySheetPart(this.pkg, this.info, part, name);
    this.info = readWorkbook(this.pkg, this.info.part);
  }

  async removeSheet(name: string): Promise<void> {
    const problem = namesScopedFrom(this.pkg, this.info, name) ?? this.takeOut(name);
    if (problem) throw planRefused(`the sheet "${name}" was not deleted: ${problem}`);
  }

  /** The settings sheet is the add-in's own: rewritten whole, or added (very hidden) as new parts. */
  private writeSettings(json: string): void {
    const xml = emptySheetXml(settingsChunks(json), this.info.conformance);
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
    const id = addRelationship(this.pkg, this.info.part, NAMESPACES[this.info.conformance].worksheetRelationship, part);
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

/** A worksheet part holding `columnA` as inline strings down column A, in the package's conformance class. */
function emptySheetXml(columnA: readonly string[], conformance: Conformance): string {
  const rows = columnA
    .map((text, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c></row>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NAMESPACES[conformance].main}" xmlns:r="${NAMESPACES[conformance].relationships}"><sheetData>${rows}</sheetData></worksheet>`;
}
