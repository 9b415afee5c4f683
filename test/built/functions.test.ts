/**
 * The built bundle, loaded as Excel loads it: dist/functions.js runs against a CustomFunctions global and must
 * register (associate) exactly the functions dist/functions.json describes. Run after `npm run build`.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { fakeCustomFunctions, messageOf, shown, type Registered } from "../helpers/customFunctionsRuntime";
import { NUMBER } from "../../src/engine/core/number";
import { DEFAULT_RAG_TOLERANCE, describeFraction } from "../../src/engine/core/tolerance";
import { DATE } from "../../src/engine/dates/dateInput";
import { FINANCIAL_QUARTER, FINANCIAL_YEAR } from "../../src/engine/dates/financialYear";
import { DEFAULT_FUND_TOLERANCE, FUND_STATUS, PASSPORT_BY, PASSPORT_DAYS, PROFILE, SPEND_BY, SPEND_MONTHS, UNDERSPEND } from "../../src/engine/funding/funding";
import { ASCOF, ASCOF_INFO, IMPLIED_POPULATION } from "../../src/engine/rates/ascof";
import { DEFAULT_RATE_BASE, RATE } from "../../src/engine/rates/rate";
import { BENCHMARK } from "../../src/engine/scorecard/benchmark";
import { EXPLAIN } from "../../src/engine/scorecard/explain";
import { RAG } from "../../src/engine/scorecard/ragGrid";
import { TREND } from "../../src/engine/scorecard/trend";
import { DEFAULT_PERIODS_IN_YEAR, FORECAST, YEAR_TO_DATE } from "../../src/engine/scorecard/ytd";
import { DEFAULT_SLIP_THRESHOLDS, SLIP_RATING, SLIPPAGE } from "../../src/engine/timeline/slippage";

const DIST = path.resolve(__dirname, "../../dist");
const ROOT = path.resolve(__dirname, "../..");

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description?: string; optional?: boolean; dimensionality?: string }[];
    result: { dimensionality?: string };
  }[];
}

function loadBuilt(): { metadata: Metadata; registered: Registered } {
  for (const file of ["functions.js", "functions.json"]) {
    if (!existsSync(path.join(DIST, file))) throw new Error(`dist/${file} is missing: run \`npm run build\` first.`);
  }
  const registered: Registered = new Map();
  const sandbox = { CustomFunctions: fakeCustomFunctions(registered), console };
  vm.createContext(sandbox);
  vm.runInContext("var self = this; var window = this;", sandbox);
  vm.runInContext(readFileSync(path.join(DIST, "functions.js"), "utf8"), sandbox, { filename: "functions.js" });
  return { metadata: JSON.parse(readFileSync(path.join(DIST, "functions.json"), "utf8")) as Metadata, registered };
}

const { metadata, registered } = loadBuilt();

describe("the built custom functions", () => {
  it("registers exactly the functions functions.json describes", () => {
    expect([...registered.keys()].sort()).toEqual(metadata.functions.map((fn) => fn.id).sort());
  });

  it("describes RATE with matrix parameters, optional per and decimals, help text and a spilled result", () => {
    const rate = metadata.functions.find((fn) => fn.id === "RATE");
    expect(rate).toBeDefined();
    expect(rate!.parameters.map((p) => [p.name, p.dimensionality, Boolean(p.optional)])).toEqual([
      ["count", "matrix", false],
      ["population", "matrix", false],
      ["per", "matrix", true],
      ["decimals", "matrix", true],
    ]);
    expect(rate!.result.dimensionality).toBe("matrix");
    for (const text of [rate!.description, ...rate!.parameters.map((p) => (p as { description?: string }).description)]) {
      expect(text && text.length).toBeGreaterThan(20);
    }
  });

  it("computes RATE through the associated function with Excel-shaped arguments", () => {
    const rate = registered.get("RATE")!;
    expect((rate([[136], [290], [438]], [["87,009"]], null, null) as unknown[][]).map((r) => r.map(shown))).toEqual([[156.3], [333.3], [503.4]]);
    const bad = rate([["lots"]], [[100]], null, null) as unknown[][];
    expect(shown(bad[0][0])).toBe("#VALUE!");
    expect(messageOf(bad[0][0])).toBe('The count "lots" is not a number.');
  });

  it("is listed in the README exactly as registered", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const listed = [...readme.matchAll(/^\| `SCORECARD\.([A-Z0-9.]+)\(([^)]*)\)` \|/gm)].map((m) => `${m[1]}(${m[2]})`);
    const registeredSignatures = metadata.functions.map(
      (fn) => `${fn.name}(${fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`,
    );
    expect(listed.sort()).toEqual(registeredSignatures.sort());
  });
});

describe("each default is the engine's, wherever it is written down", () => {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const row = (name: string) => readme.split("\n").find((line) => line.startsWith(`| \`SCORECARD.${name}(`)) ?? "";
  const tooltip = (name: string, parameter: string) => metadata.functions.find((fn) => fn.name === name)?.parameters.find((p) => p.name === parameter)?.description ?? "";
  const whole = (n: number) => n.toLocaleString("en-GB");

  // Every function as the engine declares it: its parameters' names and defaults are stated there once.
  const declared = [
    NUMBER, RAG, EXPLAIN, TREND, BENCHMARK, YEAR_TO_DATE, FORECAST,
    RATE, ASCOF, ASCOF_INFO, IMPLIED_POPULATION,
    DATE, SLIPPAGE, SLIP_RATING, FINANCIAL_YEAR, FINANCIAL_QUARTER,
    FUND_STATUS, PROFILE, UNDERSPEND, SPEND_BY, PASSPORT_BY,
  ];

  it("declares every registered function, with the tooltip's parameters in the same order", () => {
    expect(declared.map((fn) => fn.name).sort()).toEqual(metadata.functions.map((fn) => fn.name).sort());
    for (const fn of declared) {
      const described = metadata.functions.find((entry) => entry.name === fn.name)!;
      expect({ fn: fn.name, parameters: described.parameters.map((p) => p.name) }).toEqual({ fn: fn.name, parameters: fn.parameters.map((p) => p.name) });
      // Excel sends an omitted optional argument as null: the declaration must read that, not fail on it.
      for (const parameter of fn.parameters) {
        const optional = described.parameters.find((p) => p.name === parameter.name)?.optional === true;
        if (optional) expect({ fn: fn.name, parameter: parameter.name, omitted: parameter.read(null) }).toEqual({ fn: fn.name, parameter: parameter.name, omitted: expect.objectContaining({ ok: true }) });
        if (optional && parameter.fallback !== undefined) expect(parameter.read(null)).toEqual({ ok: true, value: parameter.fallback });
      }
    }
  });

  // A tolerance is stated as a percentage ("5%"), a word in quotes ("sum"), a number as it is typed (100000).
  const shownDefault = (name: string, fallback: number | string) =>
    typeof fallback === "string" ? `"${fallback}"` : name.includes("tolerance") ? describeFraction(fallback) : String(fallback);

  const statedDefaults = declared.flatMap((fn) =>
    fn.parameters
      .filter((parameter) => (typeof parameter.fallback === "number" && parameter.fallback > 0) || typeof parameter.fallback === "string")
      .map((parameter) => [fn.name, parameter.name, shownDefault(parameter.name, parameter.fallback as number | string)] as const),
  );

  it("states a default for each tolerance, rate base, period count, deadline, threshold and choice of words", () => {
    expect(statedDefaults.map(([fn, parameter]) => `${fn}.${parameter}`).sort()).toEqual(
      ["RAG.tolerance", "EXPLAIN.tolerance", "BENCHMARK.tolerance", "FUNDSTATUS.tolerance", "RATE.per", "RATE.decimals", "IMPLIEDPOP.per", "FORECAST.periodsInYear", "SPENDBY.months", "PASSPORTBY.days", "SLIPRAG.amberDays", "SLIPRAG.redDays",
        "YTD.method", "ASCOF.framework", "ASCOFINFO.field", "ASCOFINFO.framework", "DATE.which", "SLIPPAGE.unit", "SLIPPAGE.which", "EXPLAIN.valueFormat", "EXPLAIN.targetFormat"].sort(),
    );
  });

  it.each(statedDefaults)("%s's %s: the tooltip says %s is the default", (name, parameter, stated) => {
    const escaped = stated.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    expect(tooltip(name, parameter)).toMatch(new RegExp(`(?<![\\d.])${escaped}(?![\\d])[^.;]{0,20}default|default[^.;]{0,20}(?<![\\d.])${escaped}(?![\\d])`));
  });

  it("the README's table says the same", () => {
    expect(readme).toContain(`tolerance; default ${describeFraction(DEFAULT_RAG_TOLERANCE)}`.replace("tolerance; ", "the nearer bound); "));
    expect(row("BENCHMARK")).toContain(`(default ${describeFraction(DEFAULT_RAG_TOLERANCE)})`);
    expect(row("FUNDSTATUS")).toContain(`(default ${describeFraction(DEFAULT_FUND_TOLERANCE)})`);
    expect(row("RATE")).toContain(`(default ${whole(DEFAULT_RATE_BASE)})`);
    expect(row("IMPLIEDPOP")).toContain(`(default ${whole(DEFAULT_RATE_BASE)})`);
    expect(row("FORECAST")).toContain(`(default ${DEFAULT_PERIODS_IN_YEAR})`);
    expect(row("SPENDBY")).toContain(`(default ${SPEND_MONTHS})`);
    expect(row("PASSPORTBY")).toContain(`(default ${PASSPORT_DAYS})`);
    expect(row("SLIPRAG")).toContain(`up to ${DEFAULT_SLIP_THRESHOLDS.amberDays} days late, "Amber" up to ${DEFAULT_SLIP_THRESHOLDS.redDays}`);
  });
});

describe("the built metadata follows Excel's rules", () => {
  it("lets error cells reach the functions (allowErrorForDataTypeAny, top level)", () => {
    expect((metadata as unknown as Record<string, unknown>).allowErrorForDataTypeAny).toBe(true);
  });

  it("names every function with at least three characters, id and name alike", () => {
    for (const fn of metadata.functions) {
      expect({ id: fn.id, long: fn.id.length >= 3 && fn.name.length >= 3 }).toEqual({ id: fn.id, long: true });
    }
    expect(metadata.functions.map((fn) => fn.id)).toEqual(expect.arrayContaining(["FINYEAR", "FINQUARTER"]));
  });

  it("asks for parameter addresses where a desktop 0 must be told from a blank, keeping matrix arguments and result", () => {
    // EXPLAIN also takes the value's and the target's number formats, to word a figure as its cell shows it.
    for (const [id, count] of [["RAG", 4], ["EXPLAIN", 6], ["TREND", 4], ["BENCHMARK", 4]] as const) {
      const fn = metadata.functions.find((f) => f.id === id)! as Metadata["functions"][number] & { options?: { requiresParameterAddresses?: boolean } };
      expect(fn.options?.requiresParameterAddresses).toBe(true);
      expect(fn.parameters.map((p) => p.dimensionality)).toEqual(Array.from({ length: count }, () => "matrix"));
      expect(fn.result.dimensionality).toBe("matrix");
    }
  });
});

describe("Excel data types, sent as Excel sends them (allowCustomDataForDataTypeAny)", () => {
  // The JSON shapes of Excel.CellValue, as Microsoft's "Use data types with custom functions in Excel" and the
  // Excel JavaScript API's CellValue reference give them.
  const call = async (id: string, ...args: unknown[]) => ((await registered.get(id)!(...args)) as unknown[][]).map((r) => r.map(shown));
  const double = { type: "Double", basicType: "Double", basicValue: 0.555, numberFormat: "0.0%" };
  const formatted = { type: "FormattedNumber", basicType: "Double", basicValue: 1807449, numberFormat: "£#,##0" };
  const text = { type: "String", basicType: "String", basicValue: "86.90%" };
  const yes = { type: "Boolean", basicType: "Boolean", basicValue: true };
  const entity = {
    type: "Entity", text: "Leeds", basicType: "Error", basicValue: "#VALUE!", errorType: "Value",
    properties: { Population: { type: "Double", basicValue: 812000 } },
  };
  const notAvailable = { type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" };

  it("states the choice in functions.json", () => {
    expect((metadata as unknown as Record<string, unknown>).allowCustomDataForDataTypeAny).toBe(true);
  });

  it("reads Double, FormattedNumber, String and Boolean as their basic values", async () => {
    expect(await call("NUMBER", [[double, formatted, text]])).toEqual([[0.555, 1807449, 0.869]]);
    // 55.5% against a target of 75% (high is good) is 26% short: Red, as the plain 0.555 is.
    expect(await call("RAG", [[double], [0.555]], [["75%"]], [["High is good"]], null)).toEqual([["Red"], ["Red"]]);
    // TRUE as a Boolean data type counts working days: Friday 1 April 2022 + 20, less Good Friday, Easter Monday and
    // the early May bank holiday, is Wednesday 4 May 2022 (44685).
    expect(await call("PASSPORTBY", [[44652]], [[20]], [[yes]], null)).toEqual([[44685]]);
  });

  it("reads an entity as the text the cell shows, and refuses it as a number naming it", async () => {
    const [[result]] = (await registered.get("NUMBER")!([[entity]])) as unknown[][];
    expect(shown(result)).toBe("#VALUE!");
    expect(messageOf(result)).toContain('"Leeds"');
  });

  it("reads an Error data type as the error it is: no rating, and the reason", async () => {
    expect(await call("RAG", [[notAvailable]], [["<530"]], [["Low is good"]], null)).toEqual([[""]]);
    expect(await call("EXPLAIN", [[notAvailable]], [["<530"]], [["Low is good"]], null)).toEqual([["No rating: the value is the Excel error #N/A."]]);
  });
});

describe("the built scorecard functions", () => {
  it("rate, explain and trend through the associated functions, omitted optionals as null", async () => {
    const call = async (id: string, ...args: unknown[]) => ((await registered.get(id)!(...args)) as unknown[][]).map((r) => r.map(shown));
    expect(await call("RAG", [[438], [545], ["N/A"]], [["<530"]], null, null)).toEqual([["Green"], ["Amber"], [""]]);
    expect(await call("EXPLAIN", [[545]], [["<530"]], [["Low is good"]], null)).toEqual([
      ["Amber: 545 is 2.8% above the target of below 530 (low is good; tolerance 5%)."],
    ]);
    expect(await call("TREND", [["18.0%"]], [["17.8%"]], [["High is good"]], null)).toEqual([["Improving"]]);
    expect(await call("NUMBER", [["86.90%", "3,382"]])).toEqual([[0.869, 3382]]);
    expect(await call("YTD", [["3,382", "3,142", "2,897", null]], null, null)).toEqual([[9421]]);
  });
});
