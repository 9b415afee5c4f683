/**
 * Property tests: any argument Excel could send gives a value or an Excel error, never an exception.
 * FUZZ_RUNS sets the number of generated calls per function (`npm run fuzz` runs 100,000).
 */
import fc from "fast-check";
import { FakeCustomFunctionError, installCustomFunctions } from "../../test/helpers/customFunctionsRuntime";
import { rag as ragOne } from "../engine/scorecard/rag";
import { RAG } from "../engine/scorecard/ragGrid";
import { callDeclared } from "../engine/core/parameters";

installCustomFunctions();
const scorecard = require("./scorecard") as typeof import("./scorecard");
const rates = require("./rates") as typeof import("./rates");
const dates = require("./dates") as typeof import("./dates");
const funding = require("./funding") as typeof import("./funding");

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = 20261124;

const cell = fc.oneof(
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(""),
  fc.constantFrom("86.90%", "<530", "N/A", "-", "High is good", "Low is Good", "n/a", "80%–90%", "5%", "40 (Average over year)", "50% (89%)", "£1,807,449", "sum", "latest"),
  fc.constantFrom("2C", "2A(2)", "2a part 2", "2014-22", "polarity", "1st September 2026", "Sept 2025", "Q3 2021/22", "May/June 2022", "end", "months", "workdays", 45536, 2958466, -1),
);
const grid = fc.integer({ min: 1, max: 3 }).chain((rows) =>
  fc.integer({ min: 1, max: 3 }).chain((columns) => fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows })),
);
const argument = fc.oneof(grid, fc.constant(null));

const EXCEL_ERRORS = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"]);

function expectExcelShaped(result: unknown[][]) {
  expect(Array.isArray(result) && result.length > 0).toBe(true);
  for (const row of result) {
    expect(row.length).toBeGreaterThan(0);
    for (const value of row) {
      if (value instanceof FakeCustomFunctionError) {
        expect(EXCEL_ERRORS.has(value.code)).toBe(true);
        if (value.code === "#VALUE!") expect(value.message && value.message.length > 0).toBe(true);
      } else {
        expect(["string", "number", "boolean"]).toContain(typeof value);
        if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
      }
    }
  }
}

type AnyFunction = (...args: (unknown[][] | null)[]) => unknown[][] | Promise<unknown[][]>;
const FUNCTIONS: [string, AnyFunction, number][] = [
  ["NUMBER", scorecard.number as AnyFunction, 1],
  ["RAG", scorecard.rag as AnyFunction, 4],
  ["EXPLAIN", scorecard.explain as AnyFunction, 4],
  ["TREND", scorecard.trend as AnyFunction, 4],
  ["BENCHMARK", scorecard.benchmark as AnyFunction, 4],
  ["YTD", scorecard.ytd as AnyFunction, 3],
  ["FORECAST", scorecard.forecast as AnyFunction, 3],
  ["RATE", rates.rate as AnyFunction, 4],
  ["ASCOF", rates.ascof as AnyFunction, 4],
  ["ASCOFINFO", rates.ascofInfo as AnyFunction, 3],
  ["IMPLIEDPOP", rates.impliedPop as AnyFunction, 3],
  ["DATE", dates.date as AnyFunction, 2],
  ["SLIPPAGE", dates.slippage as AnyFunction, 4],
  ["SLIPRAG", dates.slipRag as AnyFunction, 5],
  ["FINYEAR", dates.finYear as AnyFunction, 1],
  ["FINQUARTER", dates.finQuarter as AnyFunction, 1],
  ["FUNDSTATUS", funding.fundStatus as AnyFunction, 6],
  ["PROFILE", funding.profile as AnyFunction, 4],
  ["UNDERSPEND", funding.underspend as AnyFunction, 5],
  ["SPENDBY", funding.spendBy as AnyFunction, 2],
  ["PASSPORTBY", funding.passportBy as AnyFunction, 3],
];

describe.each(FUNCTIONS)("SCORECARD.%s under generated input", (_, fn, arity) => {
  it("returns values or Excel errors, never throws", async () => {
    await fc.assert(
      fc.asyncProperty(fc.tuple(grid, ...Array.from({ length: arity - 1 }, () => argument)), async (args) => {
        expectExcelShaped(await fn(...(args as unknown[][][])));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

describe("RAG is monotonic in the value", () => {
  const rank = { Red: 0, Amber: 1, Green: 2 } as const;
  it.each([
    ["High is good", ""],
    ["Low is good", ""],
    ["High is good", ">="],
    ["Low is good", "<"],
  ])("for a fixed target (%s, comparator %p)", (polarity, comparator) => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (a, b, target, tolerance) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const rate = (v: number) => {
            const r = ragOne(v, `${comparator}${target}`, polarity, tolerance);
            if (!r.ok || r.value === "") throw new Error("expected a rating");
            return rank[r.value];
          };
          const better = polarity === "High is good" ? [rate(low), rate(high)] : [rate(high), rate(low)];
          expect(better[0]).toBeLessThanOrEqual(better[1]);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

describe("RAG over a whole range is RAG cell by cell", () => {
  it("gives each value the rating, or the error, its declaration gives it alone", async () => {
    const column = fc.array(cell, { minLength: 1, maxLength: 12 }).map((values) => values.map((value) => [value]));
    await fc.assert(
      fc.asyncProperty(column, cell, cell, cell, async (values, target, polarity, tolerance) => {
        // The whole-range path reads the rule once; the declaration reads it with each value.
        const whole = await scorecard.rag(values, [[target]], [[polarity]], [[tolerance]]);
        const rule = callDeclared(RAG, [null, target, polarity, tolerance]);
        if (!rule.ok) {
          expect(whole).toHaveLength(1);
          expect(whole[0][0]).toBeInstanceOf(FakeCustomFunctionError);
          return;
        }
        values.forEach(([value], i) => {
          const one = callDeclared(RAG, [value, target, polarity, tolerance]);
          const shown = whole[i][0];
          if (one.ok) expect(shown).toBe(one.value);
          else expect(shown).toBeInstanceOf(FakeCustomFunctionError);
        });
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

/** `npm run fuzz` also sends tall shapes: past where spreads overflowed (~120,000 rows), and a whole column. */
const tallShapes = process.env.FUZZ_RUNS ? it : it.skip;
describe.each(FUNCTIONS)("SCORECARD.%s over tall ranges", (_, fn, arity) => {
  tallShapes(
    "131,072 rows and 1,048,576 rows (a whole column) spill in full, never throw",
    async () => {
      const samples = fc.sample(cell, { numRuns: 64, seed: SEED });
      for (const rows of [131_072, 1_048_576]) {
        const column = Array.from({ length: rows }, (_, r) => [r < 1000 ? samples[r % samples.length] : null]);
        const result = await fn(column, ...Array.from({ length: arity - 1 }, () => null));
        expect(result.length === rows || result.length === 1).toBe(true);
        if (result.length === rows) expectExcelShaped(result.slice(0, 1000));
      }
    },
    300_000,
  );
});
