/**
 * The .xlsx host for the CLI, the browser preview and the tests: the package read as it is (packageReader.ts), and
 * a plan applied by editing the package in place. Parts the plan has no reason to touch go back byte for byte; in
 * a sheet it rates, only the planned cells and the colour rules change (sheetEditor.ts).
 */
import { checkPlan, protectedSheetMessage, sheetsWritten, STRUCTURE_PROTECTED_MESSAGE } from "../../engine/sheet/checkPlan";
import { sheetCellAddress } from "../../engine/sheet/address";
import { SETTINGS_SHEET, type ApplySummary, type CellChange, type CellRange, type PageLayoutSupport, type Plan, type SheetData, type WorkbookAdapter } from "../../engine/sheet/workbook";
import { settingsChunks } from "../../engine/sheet/settingsChunks";
import { WorkbookError, planRefused, readFailed } from "../../engine/sheet/workbookErrors";
import { addRelationship, readRelationships, removeRelationshipsTo, setContentTypeOverride, WORKSHEET_CONTENT_TYPE } from "./package/relationships";
import { copySheetPart, uncopiable } from "./package/copySheet";
import { namesScopedTo, removeSheetPart } from "./package/removeSheet";
import { editSheetXml } from "./package/sheetEditor";
import { extendTables } from "./package/tablePart";
import { Styles } from "./package/styles";
import { appendSheet, readWorkbook, requestFullCalculation } from "./package/workbookPart";
import { datesToWorkbook } from "../../engine/dates/dateSystem";
import { escapeXml } from "./package/xml";
import { NAMESPACES, type Conformance } from "./package/conformance";
import { addPrintTitles, layoutSheetXml, wrapCells } from "./package/sheetLayout";
import { DEFAULT_LIMITS, ZipPackage, type PackageLimits } from "./package/zipPackage";
import type { ZipCodec } from "./package/zipWriter";
import { MINIMAL_STYLES, XlsxPackageReader } from "./packageReader";

export class XlsxWorkbook extends XlsxPackageReader implements WorkbookAdapter {
  readonly host = "xlsx" as const;
  private selection: CellRange | null = null;
  private readonly selectionListeners = new Set<(sheet: string, row: number, column: number) => void>();

  private constructor(pkg: ZipPackage) {
    super(pkg);
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
    const problem = namesScopedTo(this.pkg, this.info, name) ?? this.takeOut(name);
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
