import type { Plan } from "../../engine/workbook";
import { OfficeWorkbook } from "./officeWorkbook";

/**
 * A fake of the slice of Excel's object model the adapter uses. Like Office.js, property writes are queued and
 * reach the "workbook" only at context.sync(), so a test can tell what one batch wrote and how many syncs it took.
 */
function fakeExcel(sheetNames: string[]) {
  const cells = new Map<string, { values?: unknown; formulas?: unknown; numberFormat?: unknown }>();
  let queued: (() => void)[] = [];
  const context = {
    sync: jest.fn(async () => {
      queued.forEach((write) => write());
      queued = [];
    }),
    workbook: {
      worksheets: {
        items: sheetNames.map((name) => ({ name })),
        load: jest.fn(function (this: unknown) {
          return this;
        }),
        getItem: (sheet: string) => ({
          getCell: (row: number, column: number) => {
            const key = `${sheet}!${row},${column}`;
            const queue = (property: "values" | "formulas" | "numberFormat") => ({
              set: (value: unknown) => queued.push(() => cells.set(key, { ...cells.get(key), [property]: value })),
            });
            const target = {};
            Object.defineProperty(target, "values", queue("values"));
            Object.defineProperty(target, "formulas", queue("formulas"));
            Object.defineProperty(target, "numberFormat", queue("numberFormat"));
            return target;
          },
        }),
      },
    },
  };
  context.workbook.worksheets.load = jest.fn(() => context.workbook.worksheets);
  const run = (async (callback: (ctx: typeof context) => Promise<unknown>) => callback(context)) as unknown as typeof Excel.run;
  return { run, context, cells };
}

describe("OfficeWorkbook.apply", () => {
  it("writes a whole plan in one sync after one sync to list the sheets, however many cells", async () => {
    const excel = fakeExcel(["Scorecard"]);
    const changes = Array.from({ length: 500 }, (_, i) => ({ kind: "value" as const, sheet: "Scorecard", row: i, column: 11, value: "Green" }));
    const summary = await new OfficeWorkbook(excel.run).apply({ changes });
    expect(summary.cellsWritten).toBe(500);
    expect(excel.context.sync).toHaveBeenCalledTimes(2);
    expect(excel.cells.get("Scorecard!499,11")).toEqual({ values: [["Green"]] });
  });

  it("writes text that looks like a formula as text, never as a formula", async () => {
    const excel = fakeExcel(["Scorecard"]);
    await new OfficeWorkbook(excel.run).apply({
      changes: [{ kind: "value", sheet: "Scorecard", row: 0, column: 0, value: '=HYPERLINK("http://x")' }],
    });
    expect(excel.cells.get("Scorecard!0,0")).toEqual({ numberFormat: [["@"]], values: [['=HYPERLINK("http://x")']] });
  });

  it("writes nothing when any change in the plan is invalid", async () => {
    const excel = fakeExcel(["Scorecard"]);
    const plan: Plan = {
      changes: [
        { kind: "value", sheet: "Scorecard", row: 0, column: 0, value: "Green" },
        { kind: "value", sheet: "Missing", row: 0, column: 0, value: "Red" },
      ],
    };
    await expect(new OfficeWorkbook(excel.run).apply(plan)).rejects.toThrow('Nothing was written: there is no sheet called "Missing".');
    expect(excel.cells.size).toBe(0);
  });
});
