/**
 * No silent wrong answers: a cell that cannot be read becomes a finding that names it, and nothing is claimed
 * from it (no status, total, deadline or explanation that says something false).
 */
import { openSample, typeInto } from "../../test/helpers/sampleWorkbook";
import { refreshWorkbook } from "../app/refreshWorkbook";
import { analyseFunding, detectFundingTable } from "./funding/fundingTable";
import { readPopulationTable } from "./rates/populationTable";
import { serialOf } from "./dates/serial";
import type { TableSettings } from "./scorecard/settings";

const REPORT = serialOf(2022, 3, 28);

async function fundingStreams(cells: Record<string, string>) {
  const book = await openSample();
  await typeInto(book, cells);
  const sheet = await book.readSheet("Funding");
  return analyseFunding(sheet, detectFundingTable(sheet)!, REPORT);
}

describe("funding trackers", () => {
  it("an unreadable amount spent is a problem naming the cell, not £0 spent and a Red status", async () => {
    const [first] = await fundingStreams({ "Funding!L6": "about £5.3m" });
    expect(first.problem).toBe('L6: the amount spent "about £5.3m" is not an amount.');
    expect(first.status).toBeNull();
    expect(first.underspend).toBeNull();
  });

  it("a mistyped deadline is a problem naming the cell, not replaced by the default from the date received", async () => {
    const [first] = await fundingStreams({ "Funding!I6": "31/13/2020" });
    expect(first.problem).toContain("I6: ");
    expect(first.problem).toContain('"31/13/2020"');
    expect(first.passportBy).toBeNull(); // not 20 days after the date received
    expect(first.status).toBe("Complete"); // the rest of the row is still read
  });
});

describe("population tables", () => {
  it("a population that cannot be read is reported by its cell, not dropped without a word", async () => {
    const book = await openSample();
    await typeInto(book, { "Populations!C3": "n/k" });
    const table = readPopulationTable(await book.readSheet("Populations"));
    expect(table.entries.map((e) => e.cell)).not.toContain("Populations!C3");
    expect(table.findings).toEqual([{ cell: "Populations!C3", severity: "error", message: 'The population "n/k" is not a number of people; that row is not offered.' }]);
  });
});

/** Plans the sample's scorecard (dry run) after `cells` are typed, with its rules changed by `rules`. */
async function planWith(cells: Record<string, string>, rules: (table: TableSettings) => TableSettings["rules"]) {
  const book = await openSample();
  await typeInto(book, cells);
  const first = await refreshWorkbook(book, { scope: "active", dryRun: true });
  if (!first.ok) throw new Error(first.error.message);
  const table = first.value.refresh.tables[0].table;
  const settings = { ...first.value.refresh.settings, tables: [{ ...table, rules: rules(table) }] };
  const planned = await refreshWorkbook(book, { scope: "active", dryRun: true, settings });
  if (!planned.ok) throw new Error(planned.error.message);
  return planned.value.refresh.tables[0];
}

describe("the planner", () => {
  it("a year-end forecast that cannot be made says why, instead of 'there is no value'", async () => {
    const planned = await planWith({ "Scorecard!K8": "about 440" }, (table) => ({ ...table.rules, rate: "forecast" }));
    const outcome = planned.outcomes.find((o) => o.row === 7)!;
    expect(outcome.rating).toBe("");
    expect(outcome.explanation).toMatch(/^No rating: the year-end forecast cannot be made: /);
    expect(outcome.explanation).toContain("about 440");
  });

  it("a benchmark that cannot be compared is a finding by its cell, not a silent blank", async () => {
    const planned = await planWith({ "Scorecard!C13": "see note" }, (table) => ({ ...table.rules, outputs: { ...table.rules.outputs, vsBenchmark: 14 }, benchmarkColumns: [2] }));
    const findings = planned.findings.filter((f) => f.cell === "Scorecard!C13");
    expect(findings.map((f) => f.message)).toContainEqual(expect.stringMatching(/^No comparison with the benchmark: /));
  });
});
