/**
 * A fake of the slice of Excel's object model the Office adapter uses, with Office.js's batching rules: writes
 * are queued and reach the workbook only at context.sync(); a loaded property can be read only after the sync that
 * loads it (reading earlier throws, as PropertyNotLoaded does). It counts syncs and measures each request's size.
 */
import type { CellValue } from "../../src/engine/workbook";

interface FakeCell {
  value: CellValue;
  formula: string | null;
  format: string;
}

interface FakeSheet {
  cells: Map<string, FakeCell>;
  protected?: boolean;
  visibility: string;
  conditionalFormats: { top: number; left: number; rows: number; columns: number; text: string; fill: string }[];
}

type Op = { payload: unknown; run: () => void };

export class FakeExcel {
  readonly sheets = new Map<string, FakeSheet>();
  active: string;
  syncs = 0;
  largestRequest = 0;
  private queue: Op[] = [];
  private pendingLoads: (() => void)[] = [];

  constructor(sheets: Record<string, CellValue[][]>) {
    for (const [name, rows] of Object.entries(sheets)) {
      const sheet: FakeSheet = { cells: new Map(), visibility: "Visible", conditionalFormats: [] };
      rows.forEach((row, r) => row.forEach((value, c) => value !== null && sheet.cells.set(`${r},${c}`, { value, formula: null, format: "General" })));
      this.sheets.set(name, sheet);
    }
    this.active = Object.keys(sheets)[0];
  }

  cell(sheet: string, row: number, column: number): FakeCell | undefined {
    return this.sheets.get(sheet)?.cells.get(`${row},${column}`);
  }

  readonly run = (async <T>(callback: (context: unknown) => Promise<T>) => callback(this.context())) as unknown as typeof Excel.run;

  private enqueue(payload: unknown, run: () => void) {
    this.queue.push({ payload, run });
  }

  private context() {
    const fake = this;
    return {
      sync: async () => {
        fake.syncs++;
        fake.largestRequest = Math.max(fake.largestRequest, JSON.stringify(fake.queue.map((op) => op.payload)).length);
        const ops = fake.queue;
        fake.queue = [];
        ops.forEach((op) => op.run());
        const loads = fake.pendingLoads;
        fake.pendingLoads = [];
        loads.forEach((load) => load());
      },
      workbook: {
        worksheets: fake.loadable(() => ({ items: [...fake.sheets.entries()].map(([name, sheet]) => ({ name, protection: { protected: sheet.protected } })) }), {
          getItem: (name: string) => fake.sheetProxy(name, false),
          getItemOrNullObject: (name: string) => fake.sheetProxy(name, true),
          getActiveWorksheet: () => fake.sheetProxy(fake.active, false),
          add: (name: string) => {
            fake.enqueue({ add: name }, () => fake.sheets.set(name, { cells: new Map(), visibility: "Visible", conditionalFormats: [] }));
            return fake.sheetProxy(name, false);
          },
        }),
      },
    };
  }

  /**
   * An object whose snapshot properties appear only after load() and a sync, like an Office.js proxy; `methods`
   * (functions, getters and setters) work at once.
   */
  private loadable<M extends object>(snapshot: () => object, methods: M): M & { load: () => unknown } & Record<string, unknown> {
    const target: Record<string, unknown> = {};
    const fake = this;
    const proxy: unknown = new Proxy(methods, {
      get: (obj, key) => {
        if (key === "load") {
          return () => {
            fake.pendingLoads.push(() => Object.assign(target, snapshot(), { loaded: true }));
            return proxy;
          };
        }
        if (key in obj) return Reflect.get(obj, key);
        if (typeof key === "string" && !target.loaded) throw new Error(`PropertyNotLoaded: ${key}`);
        return target[key as string];
      },
      set: (obj, key, value) => Reflect.set(obj, key, value),
    });
    return proxy as M & { load: () => unknown } & Record<string, unknown>;
  }

  private sheetProxy(name: string, orNull: boolean) {
    const fake = this;
    const exists = () => fake.sheets.has(name);
    const sheetState = () => {
      const sheet = fake.sheets.get(name);
      if (!sheet) throw new Error(`ItemNotFound: ${name}`);
      return sheet;
    };
    let nullChecked: boolean | null = null;
    fake.pendingLoads.push(() => (nullChecked = !exists()));
    return fake.loadable(() => ({ name }), {
      get isNullObject() {
        if (nullChecked === null) throw new Error("PropertyNotLoaded: isNullObject");
        return orNull && nullChecked;
      },
      set visibility(value: string) {
        fake.enqueue({ visibility: value }, () => (sheetState().visibility = value));
      },
      activate: () => fake.enqueue({ activate: name }, () => (fake.active = name)),
      getUsedRangeOrNullObject: () => fake.usedRange(name),
      getRange: (address: string) => ({
        clear: () => fake.enqueue({ clear: address }, () => sheetState().cells.forEach((_, key) => key.endsWith(",0") && sheetState().cells.delete(key))),
      }),
      getRangeByIndexes: (top: number, left: number, rows: number, columns: number) => fake.writeRange(name, top, left, rows, columns),
    });
  }

  private usedRange(name: string) {
    const fake = this;
    let state: { isNull: boolean; top: number; left: number; values: CellValue[][]; numberFormat: string[][]; formulas: (string | CellValue)[][] } | null = null;
    const range = {
      load: () => {
        fake.pendingLoads.push(() => {
          const sheet = fake.sheets.get(name);
          const keys = sheet ? [...sheet.cells.keys()].map((k) => k.split(",").map(Number)) : [];
          if (!sheet || keys.length === 0) {
            state = { isNull: true, top: 0, left: 0, values: [], numberFormat: [], formulas: [] };
            return;
          }
          const top = Math.min(...keys.map(([r]) => r));
          const left = Math.min(...keys.map(([, c]) => c));
          const bottom = Math.max(...keys.map(([r]) => r));
          const right = Math.max(...keys.map(([, c]) => c));
          const grid = <T>(pick: (cell: FakeCell | undefined) => T) =>
            Array.from({ length: bottom - top + 1 }, (_, r) => Array.from({ length: right - left + 1 }, (_, c) => pick(sheet.cells.get(`${top + r},${left + c}`))));
          state = {
            isNull: false,
            top,
            left,
            values: grid((cell) => cell?.value ?? ""),
            numberFormat: grid((cell) => cell?.format ?? "General"),
            formulas: grid((cell) => cell?.formula ?? cell?.value ?? ""),
          };
        });
        return range;
      },
      get isNullObject() {
        if (!state) throw new Error("PropertyNotLoaded: isNullObject");
        return state.isNull;
      },
      get values() { return loaded().values; },
      get numberFormat() { return loaded().numberFormat; },
      get formulas() { return loaded().formulas; },
      get rowIndex() { return loaded().top; },
      get columnIndex() { return loaded().left; },
    };
    const loaded = () => {
      if (!state) throw new Error("PropertyNotLoaded: range");
      return state;
    };
    return range;
  }

  private writeRange(name: string, top: number, left: number, rows: number, columns: number) {
    const fake = this;
    const each = (grid: unknown[][], apply: (cell: FakeCell, value: unknown) => void) => () => {
      const sheet = fake.sheets.get(name);
      if (!sheet) throw new Error(`ItemNotFound: ${name}`);
      grid.forEach((row, r) =>
        row.forEach((value, c) => {
          const key = `${top + r},${left + c}`;
          const cell = sheet.cells.get(key) ?? { value: null, formula: null, format: "General" };
          apply(cell, value);
          if (cell.value === null && cell.formula === null && cell.format === "General") sheet.cells.delete(key);
          else sheet.cells.set(key, cell);
        }),
      );
    };
    return {
      set numberFormat(grid: string[][]) {
        fake.enqueue({ numberFormat: grid }, each(grid, (cell, v) => (cell.format = String(v))));
      },
      set values(grid: unknown[][]) {
        fake.enqueue({ values: grid }, each(grid, (cell, v) => {
          cell.value = v === "" ? null : (v as CellValue);
          cell.formula = null;
        }));
      },
      set formulas(grid: unknown[][]) {
        fake.enqueue({ formulas: grid }, each(grid, (cell, v) => {
          cell.formula = String(v);
          cell.value = null;
        }));
      },
      select: () => fake.enqueue({ select: [name, top, left] }, () => undefined),
      conditionalFormats: {
        add: () => {
          const rule = { textComparison: { format: { fill: { color: "" }, font: { color: "" } }, rule: { operator: "", text: "" } } };
          fake.enqueue({ conditionalFormat: [name, top, left] }, () =>
            fake.sheets.get(name)?.conditionalFormats.push({ top, left, rows, columns, text: rule.textComparison.rule.text, fill: rule.textComparison.format.fill.color }),
          );
          return rule;
        },
      },
    };
  }
}
