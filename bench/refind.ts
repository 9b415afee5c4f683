/**
 * What finding each mapped column again by its header (refindColumns, before every stored table is planned) adds to
 * planning a refresh of 50,000 measures: planning with it against planning without it, in turn.
 */
import { scorecardRows } from "../test/helpers/generateScorecard";
import { detectAll } from "../src/engine/scorecard/refresh";
import { planTable } from "../src/engine/scorecard/planTable";
import { refindColumns } from "../src/engine/scorecard/refind";
import type { SheetData } from "../src/engine/sheet/workbook";
import { mediansInTurn, type Row } from "./rows";

export async function refindRows(runs: number): Promise<Row[]> {
  const measures = 50_000;
  const values = scorecardRows(measures, { targetOnEveryRow: true });
  const sheet: SheetData = { name: "Scorecard", top: 0, left: 0, values, numberFormats: values.map((row) => row.map(() => "General")) };
  const [table] = detectAll([sheet]);
  const without = () => {
    const planned = planTable(sheet, table);
    if (!planned.ok) throw new Error(planned.error.message);
  };
  const withRefind = () => {
    const refound = refindColumns(sheet, table);
    if (!refound.ok) throw new Error(refound.error.message);
    const planned = planTable(sheet, refound.value.table);
    if (!planned.ok) throw new Error(planned.error.message);
  };
  // Each in both places of the turn (a, b, b, a): on a busy machine whichever runs first after a collection is slower,
  // by more than the difference measured here (finding the columns reads one header row: about 0.1 ms).
  const [withoutFirst, withSecond, withFirst, withoutSecond] = await mediansInTurn(runs, [without, withRefind, withRefind, without]);
  const withoutMs = (withoutFirst + withoutSecond) / 2;
  const withMs = (withFirst + withSecond) / 2;
  return [
    {
      name: `Planning ${measures.toLocaleString("en-GB")} measures with each column found again by its header`,
      measured: `${withMs.toFixed(1)} ms`,
      baseline: `planning without, ${withoutMs.toFixed(1)} ms`,
      ratio: withMs / withoutMs,
      limit: 1.05,
    },
  ];
}
