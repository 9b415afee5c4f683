/**
 * A fake of the slice of Excel's object model the Office adapter uses, as strict as Office.js where it matters:
 * - writes are queued and reach the workbook only at context.sync(); Excel.run syncs what is still queued at the end;
 * - a property can be read only after a load() naming it and the sync that follows (PropertyNotLoaded otherwise);
 * - getItemOrNullObject and get…OrNullObject give null objects: isNullObject is loaded by the next sync, and any
 *   other property of a null object throws;
 * - a request over 5 MB (RequestPayloadSizeLimitExceeded) or a response over 5 MB (ResponsePayloadSizeLimitExceeded)
 *   fails the whole sync, as Excel on the web does, and nothing in it is applied.
 * It counts syncs and the largest request and response.
 */
import type { CellValue } from "../../src/engine/sheet/workbook";
import { DATE_1904_OFFSET } from "../../src/engine/dates/dateSystem";
import { serialOf } from "../../src/engine/dates/serial";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
const COLUMNS = 16384;

interface FakeCell {
  value: CellValue;
  formula: string | null;
  format: string;
}

interface FakeSheet {
  cells: Map<number, FakeCell>;
  /** Merged ranges as A1 addresses ("A5:M5"). */
  merges: string[];
  protected?: boolean;
  visibility: string;
  conditionalFormats: { top: number; left: number; rows: number; columns: number; text: string; fill: string; font: string; operator: string }[];
  /** Excel tables (ListObjects): their range as an A1 address ("A4:M60"), header and totals rows included. */
  tables: { name: string; address: string; showHeaders: boolean; showTotals: boolean }[];
  /** Column widths in points, as format.columnWidth sets them. */
  columnWidths: Map<number, number>;
  /** Ranges given wrapped text ("top,left,rows,columns"), and their vertical alignment. */
  wrapped: { top: number; left: number; rows: number; columns: number; verticalAlignment: string | null }[];
  /** What worksheet.pageLayout set (ExcelApi 1.9): each property by its Office.js name. */
  pageLayout: Record<string, unknown>;
}

/** An Office.js error: `code` as OfficeExtension.Error has it. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

type Load = { size: () => number; run: () => void };
type Op = { payload: unknown; run: () => void };

/** Property names from Office.js's load() forms: "a,b", ["a", "b"], "items/name". */
function propertyNames(names: string | string[]): string[] {
  return (Array.isArray(names) ? names : names.split(",")).map((name) => name.trim()).filter(Boolean);
}

export class FakeExcel {
  readonly sheets = new Map<string, FakeSheet>();
  active: string;
  syncs = 0;
  /** The workbook's structure protected (Review > Protect Workbook). */
  structureProtected = false;
  largestRequest = 0;
  largestResponse = 0;
  /** Bytes of every request so far: what a batch writes, for counting the requests it needs. */
  totalRequestBytes = 0;
  /** A Mac-made workbook: DATE counts from 1 January 1904, as Excel's does there. */
  date1904 = false;
  private queue: Op[] = [];
  private readonly pendingCopies = new Set<string>();
  private loads: Load[] = [];

  /**
   * `excelApi`: the ExcelApi minor version this Excel supports (7 for 1.7, as the manifest asks). Below 9 a
   * worksheet has no pageLayout, as in Excel before ExcelApi 1.9: reading it is undefined, and setting through it throws.
   */
  constructor(
    sheets: Record<string, CellValue[][]>,
    readonly excelApi = 9,
  ) {
    for (const [name, rows] of Object.entries(sheets)) {
      const sheet = FakeExcel.emptySheet();
      rows.forEach((row, r) => row.forEach((value, c) => value !== null && sheet.cells.set(r * COLUMNS + c, { value, formula: null, format: "General" })));
      this.sheets.set(name, sheet);
    }
    this.active = Object.keys(sheets)[0];
  }

  private static emptySheet(): FakeSheet {
    return { cells: new Map(), merges: [], visibility: "Visible", conditionalFormats: [], tables: [], columnWidths: new Map(), wrapped: [], pageLayout: {} };
  }

  /** Merges a range, as Home > Merge & Center does; only its top-left cell keeps a value. */
  merge(sheet: string, address: string): void {
    this.sheetState(sheet).merges.push(address);
  }

  /** Formats a range as an Excel table, as Insert > Table does; with `showTotals` its last row is the totals row. */
  addTable(sheet: string, name: string, address: string, showTotals = false): void {
    this.sheetState(sheet).tables.push({ name, address, showHeaders: true, showTotals });
  }

  cell(sheet: string, row: number, column: number): FakeCell | undefined {
    return this.sheets.get(sheet)?.cells.get(row * COLUMNS + column);
  }

  /** Excel.run: the batch, then a last sync of whatever it left queued. */
  readonly run = (async <T>(callback: (context: unknown) => Promise<T>) => {
    const context = this.context();
    const result = await callback(context);
    if (this.queue.length > 0 || this.loads.length > 0) await context.sync();
    return result;
  }) as unknown as typeof Excel.run;

  private sync(): void {
    this.syncs++;
    // The batch leaves the queue whatever happens to it: a failed sync discards it, as Office.js does.
    const ops = this.queue;
    const loads = this.loads;
    this.queue = [];
    this.loads = [];
    this.pendingCopies.clear();
    const request = JSON.stringify(ops.map((op) => op.payload)).length + loads.length * 64;
    const response = loads.reduce((total, load) => total + load.size(), 0);
    this.largestRequest = Math.max(this.largestRequest, request);
    this.totalRequestBytes += request;
    this.largestResponse = Math.max(this.largestResponse, response);
    if (request > PAYLOAD_LIMIT) throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `the request is ${request} bytes.`);
    if (response > PAYLOAD_LIMIT) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `the response is ${response} bytes.`);
    ops.forEach((op) => op.run());
    loads.forEach((load) => load.run());
  }

  private context() {
    const fake = this;
    return {
      sync: async () => fake.sync(),
      workbook: {
        worksheets: fake.worksheets(),
        // Review > Protect Workbook (structure): ExcelApi 1.7's WorkbookProtection.
        get protection() {
          return fake.loadable((name) => (name === "protected" ? fake.structureProtected : undefined), {});
        },
        // Excel's worksheet functions (ExcelApi 1.2): only DATE, which the adapter asks for the date system.
        functions: {
          date: (year: number, month: number, day: number) =>
            fake.loadable((name) => (name === "value" ? serialOf(year, month, day) - (fake.date1904 ? DATE_1904_OFFSET : 0) : undefined), {}),
        },
      },
    };
  }

  /**
   * A proxy whose properties are readable once loaded and synced: `snapshot(name)` gives each property's value at
   * sync time. `methods` (functions and setters) work at once; `isNull` makes it a null object.
   */
  private loadable<M extends object>(snapshot: (name: string) => unknown, methods: M, isNull: () => boolean | null = () => false): M & { load(names: string | string[]): unknown } & Record<string, unknown> {
    const fake = this;
    const loaded = new Map<string, unknown>();
    let nullKnown: boolean | null = null;
    fake.loads.push({ size: () => 8, run: () => (nullKnown = isNull()) });
    const proxy: unknown = new Proxy(methods, {
      get: (target, key) => {
        if (key === "load") {
          return (names: string | string[]) => {
            for (const name of propertyNames(names)) {
              let value: unknown;
              fake.loads.push({
                size: () => {
                  value = isNull() ? null : snapshot(name);
                  return JSON.stringify(value ?? null).length;
                },
                run: () => {
                  // "items/name" and "items/protection/protected" load fields of one `items` array.
                  const [head] = name.split("/");
                  if (head === name) return void loaded.set(name, value);
                  const previous = (loaded.get(head) as Record<string, unknown>[] | undefined) ?? [];
                  loaded.set(head, (value as Record<string, unknown>[]).map((item, i) => ({ ...previous[i], ...item })));
                },
              });
            }
            return proxy;
          };
        }
        if (key === "isNullObject") {
          if (nullKnown === null) throw new FakeOfficeError("PropertyNotLoaded", "isNullObject is read before a sync.");
          return nullKnown;
        }
        // Methods and getters answer at once; a setter-only property (values, formulas…) reads as loaded data.
        const own = Object.getOwnPropertyDescriptor(target, key);
        if (own && (own.get || "value" in own)) return Reflect.get(target, key);
        if (typeof key !== "string" || key === "then") return undefined;
        if (nullKnown) throw new FakeOfficeError("InvalidObjectPath", `${key} is read on a null object.`);
        if (!loaded.has(key)) throw new FakeOfficeError("PropertyNotLoaded", `${key} was not loaded.`);
        return loaded.get(key);
      },
      set: (target, key, value) => {
        if (!(key in target)) throw new Error(`The fake has no settable property ${String(key)}.`);
        return Reflect.set(target, key, value);
      },
    });
    return proxy as M & { load(names: string | string[]): unknown } & Record<string, unknown>;
  }

  private worksheets() {
    const fake = this;
    return fake.loadable(
      (name) => {
        const entries = [...fake.sheets.entries()];
        if (name === "items/name") return entries.map(([sheetName]) => ({ name: sheetName }));
        if (name === "items/protection/protected") return entries.map(([, sheet]) => ({ protection: { protected: Boolean(sheet.protected) } }));
        throw new Error(`The fake cannot load worksheets' ${name}.`);
      },
      {
        getItem: (name: string) => fake.sheet(name, false),
        getItemOrNullObject: (name: string) => fake.sheet(name, true),
        getActiveWorksheet: () => fake.sheet(fake.active, false),
        add: (name: string) => {
          fake.queue.push({
            payload: { add: name },
            run: () => {
              // Excel adds no sheet to a workbook whose structure is protected.
              if (fake.structureProtected) throw new FakeOfficeError("AccessDenied", "the workbook's structure is protected.");
              fake.sheets.set(name, FakeExcel.emptySheet());
            },
          });
          return fake.sheet(name, false);
        },
      },
    );
  }

  private sheetState(name: string): FakeSheet {
    const sheet = this.sheets.get(name);
    if (!sheet) throw new FakeOfficeError("ItemNotFound", `there is no sheet called "${name}".`);
    return sheet;
  }

  private sheet(name: string, orNull: boolean) {
    const fake = this;
    const missing = () => !fake.sheets.has(name);
    return fake.loadable(
      (property) => {
        if (property !== "name") throw new Error(`The fake cannot load a worksheet's ${property}.`);
        return name;
      },
      {
        set visibility(value: string) {
          fake.queue.push({ payload: { visibility: value }, run: () => (fake.sheetState(name).visibility = value) });
        },
        activate: () => fake.queue.push({ payload: { activate: name }, run: () => (fake.active = name) }),
        // worksheet.copy (ExcelApi 1.7): Excel names the copy "Scorecard (2)" at the sync; only "End" is modelled.
        copy: (position?: string) => {
          if (position !== "End") throw new Error(`The fake copies sheets to the end only, not "${position}".`);
          // Named when queued (a load in the same batch is answered before the fake runs the batch's writes),
          // past the names of copies already queued; readable only through a load and a sync all the same.
          let n = 2;
          while (fake.sheets.has(`${name} (${n})`) || fake.pendingCopies.has(`${name} (${n})`)) n++;
          const copied = { name: `${name} (${n})` };
          fake.pendingCopies.add(copied.name);
          fake.queue.push({
            payload: { copy: name, position },
            run: () => {
              fake.pendingCopies.delete(copied.name);
              fake.sheets.set(copied.name, FakeExcel.cloneSheet(fake.sheetState(name)));
            },
          });
          return fake.copiedSheet(copied);
        },
        delete: () =>
          fake.queue.push({
            payload: { delete: name },
            run: () => {
              fake.sheetState(name);
              fake.sheets.delete(name);
              if (fake.active === name) fake.active = [...fake.sheets.keys()][0];
            },
          }),
        get pageLayout() {
          return fake.excelApi >= 9 ? fake.pageLayout(name) : undefined;
        },
        // The fake's cells are all values, so valuesOnly changes nothing here.
        getUsedRangeOrNullObject: () => fake.usedRange(name),
        get tables() {
          return fake.tableCollection(name);
        },
        getRange: (address?: string) => (address === undefined ? fake.range(name, 0, 0, 1048576, COLUMNS) : fake.addressedRange(name, address)),
        getRangeByIndexes: (top: number, left: number, rows: number, columns: number) => fake.range(name, top, left, rows, columns),
      },
      () => (orNull ? missing() : false),
    );
  }

  /**
   * A sheet's tables: load("items/name,items/showHeaders,items/showTotals") lists them after a sync; getItem(name)
   * gives one whose getRange() loads like any range. An unknown name fails the sync, as Office.js does.
   */
  private tableCollection(name: string) {
    const fake = this;
    const tables = () => fake.sheets.get(name)?.tables ?? [];
    return fake.loadable(
      (property) => {
        const field = property.replace(/^items\//, "");
        if (field === property || !["name", "showHeaders", "showTotals"].includes(field)) throw new Error(`The fake cannot load tables' ${property}.`);
        return tables().map((table) => ({ [field]: table[field as "name" | "showHeaders" | "showTotals"] }));
      },
      {
        getItem: (tableName: string) => ({
          getRange: () => {
            const table = tables().find((t) => t.name === tableName);
            if (!table) throw new FakeOfficeError("ItemNotFound", `there is no table called "${tableName}".`);
            return fake.addressedRange(name, table.address);
          },
        }),
      },
    );
  }

  /** A deep copy of a sheet's cells, merges and colour rules, as worksheet.copy makes. */
  private static cloneSheet(sheet: FakeSheet): FakeSheet {
    const cells = new Map<number, FakeCell>();
    for (const [key, cell] of sheet.cells) cells.set(key, { ...cell });
    return { cells, merges: [...sheet.merges], protected: sheet.protected, visibility: sheet.visibility, conditionalFormats: sheet.conditionalFormats.map((f) => ({ ...f })), columnWidths: new Map(sheet.columnWidths), wrapped: sheet.wrapped.map((w) => ({ ...w })), pageLayout: { ...sheet.pageLayout }, tables: sheet.tables.map((t) => ({ ...t, name: `${t.name}2` })) };
  }

  /**
   * The worksheet worksheet.copy returns: its name is Excel's choice, known only after the sync, so it is not
   * readable without a load; setting `name` renames the copy in place (keeping its position), and Excel refuses a
   * name already taken.
   */
  private copiedSheet(copied: { name: string }) {
    const fake = this;
    return fake.loadable(
      (property) => {
        if (property !== "name") throw new Error(`The fake cannot load a copied worksheet's ${property}.`);
        return copied.name;
      },
      {
        set name(value: string) {
          fake.queue.push({
            payload: { rename: value },
            run: () => {
              if ([...fake.sheets.keys()].some((n) => n.toLowerCase() === value.toLowerCase())) throw new FakeOfficeError("InvalidArgument", `a sheet called "${value}" already exists.`);
              const entries = [...fake.sheets.entries()].map(([n, sheet]): [string, FakeSheet] => [n === copied.name ? value : n, sheet]);
              fake.sheets.clear();
              for (const [n, sheet] of entries) fake.sheets.set(n, sheet);
              copied.name = value;
            },
          });
        },
        set visibility(value: string) {
          fake.queue.push({ payload: { visibility: value }, run: () => (fake.sheetState(copied.name).visibility = value) });
        },
      },
    );
  }

  /** worksheet.pageLayout: settable properties only (a misspelt one throws, as a strict object model would). */
  private pageLayout(name: string) {
    const fake = this;
    const set = (property: string, value: unknown) => fake.queue.push({ payload: { pageLayout: [name, property, value] }, run: () => (fake.sheetState(name).pageLayout[property] = value) });
    const footers: Record<string, unknown> = {};
    for (const part of ["centerHeader", "leftHeader", "rightHeader", "centerFooter", "leftFooter", "rightFooter"]) {
      Object.defineProperty(footers, part, { set: (value: string) => set(part, value), enumerable: true });
    }
    const layout: Record<string, unknown> = { headersFooters: Object.freeze({ defaultForAllPages: Object.seal(footers) }), setPrintTitleRows: (rows: string) => set("printTitleRows", rows) };
    for (const property of ["orientation", "paperSize", "zoom", "centerHorizontally", "centerVertically"]) {
      Object.defineProperty(layout, property, { set: (value: unknown) => set(property, value), enumerable: true });
    }
    return Object.seal(layout);
  }

  /** The used range's position and size, as Office.js loads it; a null object on an empty sheet. */
  private usedRange(name: string) {
    const fake = this;
    const bounds = () => {
      const sheet = fake.sheets.get(name);
      if (!sheet || sheet.cells.size === 0) return null;
      let top = Infinity;
      let left = Infinity;
      let bottom = -1;
      let right = -1;
      for (const key of sheet.cells.keys()) {
        const r = Math.floor(key / COLUMNS);
        const c = key % COLUMNS;
        if (r < top) top = r;
        if (r > bottom) bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
      return { top, left, rows: bottom - top + 1, columns: right - left + 1 };
    };
    return fake.loadable(
      (property) => {
        const b = bounds()!;
        switch (property) {
          case "rowIndex":
            return b.top;
          case "columnIndex":
            return b.left;
          case "rowCount":
            return b.rows;
          case "columnCount":
            return b.columns;
          default:
            return fake.gridOf(name, b.top, b.left, b.rows, b.columns, property);
        }
      },
      {},
      () => bounds() === null,
    );
  }

  /** A cell property over a block, as Office.js returns it: "" for empty values, "General" for unset formats. */
  private gridOf(name: string, top: number, left: number, rows: number, columns: number, property: string): unknown[][] {
    const sheet = this.sheets.get(name);
    const pick = (cell: FakeCell | undefined): unknown => {
      switch (property) {
        case "values":
          return cell?.value ?? "";
        case "numberFormat":
          return cell?.format ?? "General";
        case "formulas":
          return cell?.formula ?? cell?.value ?? "";
        case "valueTypes":
          return cell?.value === null || cell?.value === undefined ? "Empty" : typeof cell.value === "number" ? "Double" : typeof cell.value === "boolean" ? "Boolean" : "String";
        default:
          throw new Error(`The fake cannot load a range's ${property}.`);
      }
    };
    const grid: unknown[][] = new Array(rows);
    for (let r = 0; r < rows; r++) {
      const row = new Array(columns);
      for (let c = 0; c < columns; c++) row[c] = pick(sheet?.cells.get((top + r) * COLUMNS + left + c));
      grid[r] = row;
    }
    return grid;
  }

  /** The sheet's merged areas as RangeAreas: "Scorecard!A5:M5, Scorecard!A16:M16"; Excel fails past 512. */
  private mergedAreas(name: string) {
    const merges = () => this.sheets.get(name)?.merges ?? [];
    return this.loadable(
      (property) => {
        if (property !== "address") throw new Error(`The fake cannot load merged areas' ${property}.`);
        if (merges().length > 512) throw new FakeOfficeError("GeneralException", "there are more than 512 merged areas.");
        const sheet = /^[A-Za-z0-9_.]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
        return merges().map((address) => `${sheet}!${address}`).join(", ");
      },
      {},
      () => merges().length === 0,
    );
  }

  /** getRange("K6:K60") or getRange("A:A"), for loads of value types and for clear(). */
  private addressedRange(name: string, address: string) {
    const match = /^\$?([A-Z]+)\$?(\d*)(?::\$?([A-Z]+)\$?(\d*))?$/i.exec(address);
    if (!match) throw new FakeOfficeError("InvalidArgument", `the fake cannot read the address ${address}.`);
    const column = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const left = column(match[1]);
    const right = column(match[3] ?? match[1]);
    const top = match[2] ? Number(match[2]) - 1 : 0;
    const bottom = (match[4] ?? match[2]) ? Number(match[4] ?? match[2]) - 1 : 1048575;
    return this.range(name, top, left, bottom - top + 1, right - left + 1);
  }

  private range(name: string, top: number, left: number, rows: number, columns: number) {
    const fake = this;
    const each = (grid: unknown[][], apply: (cell: FakeCell, value: unknown) => void) => () => {
      const sheet = fake.sheetState(name);
      grid.forEach((row, r) =>
        row.forEach((value, c) => {
          const key = (top + r) * COLUMNS + left + c;
          const cell = sheet.cells.get(key) ?? { value: null, formula: null, format: "General" };
          apply(cell, value);
          if (cell.value === null && cell.formula === null && cell.format === "General") sheet.cells.delete(key);
          else sheet.cells.set(key, cell);
        }),
      );
    };
    const checkShape = (grid: unknown[][], what: string) => {
      if (grid.length !== rows || grid.some((row) => row.length !== columns)) {
        throw new FakeOfficeError("InvalidArgument", `${what} is not ${rows}×${columns}, the range's size.`);
      }
    };
    const geometry: Record<string, number> = { rowIndex: top, columnIndex: left, rowCount: rows, columnCount: columns };
    return fake.loadable((property) => (property in geometry ? geometry[property] : fake.gridOf(name, top, left, rows, columns, property)), {
      set numberFormat(grid: string[][]) {
        checkShape(grid, "numberFormat");
        fake.queue.push({ payload: { numberFormat: grid }, run: each(grid, (cell, v) => (cell.format = String(v))) });
      },
      set values(grid: unknown[][]) {
        checkShape(grid, "values");
        fake.queue.push({
          payload: { values: grid },
          run: each(grid, (cell, v) => {
            cell.value = v === "" ? null : (v as CellValue);
            cell.formula = null;
          }),
        });
      },
      set formulas(grid: unknown[][]) {
        checkShape(grid, "formulas");
        fake.queue.push({
          payload: { formulas: grid },
          run: each(grid, (cell, v) => {
            cell.formula = String(v);
            cell.value = null;
          }),
        });
      },
      clear: () =>
        fake.queue.push({
          payload: { clear: [name, top, left, rows, columns] },
          run: () => {
            const sheet = fake.sheetState(name);
            for (const key of [...sheet.cells.keys()]) {
              const r = Math.floor(key / COLUMNS);
              const c = key % COLUMNS;
              if (r >= top && r < top + rows && c >= left && c < left + columns) sheet.cells.delete(key);
            }
          },
        }),
      select: () => fake.queue.push({ payload: { select: [name, top, left] }, run: () => undefined }),
      format: fake.rangeFormat(name, top, left, rows, columns),
      getMergedAreasOrNullObject: () => fake.mergedAreas(name),
      conditionalFormats: fake.conditionalFormats(name, top, left, rows, columns),
    });
  }

  /** range.format: column width (whole columns), wrapped text and vertical alignment, applied at the sync. */
  private rangeFormat(name: string, top: number, left: number, rows: number, columns: number) {
    const fake = this;
    const wrapped = () => {
      const list = fake.sheetState(name).wrapped;
      let entry = list.find((w) => w.top === top && w.left === left && w.rows === rows && w.columns === columns);
      if (!entry) list.push((entry = { top, left, rows, columns, verticalAlignment: null }));
      return entry;
    };
    return Object.seal({
      set columnWidth(points: number) {
        fake.queue.push({ payload: { columnWidth: [name, left, points] }, run: () => { for (let c = left; c < left + columns; c++) fake.sheetState(name).columnWidths.set(c, points); } });
      },
      set wrapText(on: boolean) {
        fake.queue.push({ payload: { wrapText: [name, top, left, on] }, run: () => void (on && wrapped()) });
      },
      set verticalAlignment(value: string) {
        fake.queue.push({ payload: { verticalAlignment: [name, top, left, value] }, run: () => (wrapped().verticalAlignment = value) });
      },
    });
  }

  /**
   * A range's conditional formats: add() queues a text rule; load("items/type") makes `items` readable after the
   * next sync (the formats that intersect the range, as Office.js gives them); an item's textComparison is read
   * only after its own load and sync; delete() takes the format away at the next sync.
   */
  private conditionalFormats(name: string, top: number, left: number, rows: number, columns: number) {
    const fake = this;
    type Rule = FakeSheet["conditionalFormats"][number];
    let items: unknown[] | null = null;
    const item = (rule: Rule) => {
      let comparison: { rule: { operator: string; text: string }; format: { fill: { color: string }; font: { color: string } } } | null = null;
      return {
        type: "ContainsText",
        textComparison: {
          load(names: string) {
            const wanted = propertyNames(names).sort().join(",");
            if (wanted !== "format/fill/color,format/font/color,rule") throw new Error(`The fake cannot load a text comparison's ${names}.`);
            fake.loads.push({ size: () => 96, run: () => (comparison = { rule: { operator: rule.operator, text: rule.text }, format: { fill: { color: rule.fill }, font: { color: rule.font } } }) });
          },
          get rule() {
            if (!comparison) throw new FakeOfficeError("PropertyNotLoaded", "textComparison.rule was not loaded.");
            return comparison.rule;
          },
          get format() {
            if (!comparison) throw new FakeOfficeError("PropertyNotLoaded", "textComparison.format was not loaded.");
            return comparison.format;
          },
        },
        delete: () =>
          fake.queue.push({
            payload: { deleteConditionalFormat: [name, rule.top, rule.left, rule.text] },
            run: () => {
              const list = fake.sheetState(name).conditionalFormats;
              const at = list.indexOf(rule);
              if (at < 0) throw new FakeOfficeError("ItemNotFound", "the conditional format was already deleted.");
              list.splice(at, 1);
            },
          }),
      };
    };
    return {
      load(names: string) {
        if (names !== "items/type") throw new Error(`The fake cannot load conditional formats' ${names}.`);
        let found: Rule[] = [];
        fake.loads.push({
          size: () => {
            found = fake.sheetState(name).conditionalFormats.filter((f) => f.top < top + rows && f.top + f.rows > top && f.left < left + columns && f.left + f.columns > left);
            return found.length * 24;
          },
          run: () => (items = found.map(item)),
        });
      },
      get items() {
        if (!items) throw new FakeOfficeError("PropertyNotLoaded", "conditionalFormats.items was not loaded.");
        return items;
      },
      add: (type: string) => {
          const rule = { textComparison: { format: { fill: { color: "" }, font: { color: "" } }, rule: { operator: "", text: "" } } };
          fake.queue.push({
            payload: { conditionalFormat: [name, top, left, type] },
            run: () =>
              fake.sheetState(name).conditionalFormats.push({
                top,
                left,
                rows,
                columns,
                text: rule.textComparison.rule.text,
                fill: rule.textComparison.format.fill.color,
                font: rule.textComparison.format.font.color,
                operator: rule.textComparison.rule.operator,
              }),
          });
          return rule;
      },
    };
  }
}
