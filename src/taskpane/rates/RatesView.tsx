import { Body1, Button, Caption1, Card, CardHeader, Combobox, Field, Input, Option, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { parseRange, rangeReference, sheetCellAddress } from "../../engine/address";
import { ascofValue } from "../../engine/ascof";
import { ASCOF_MEASURES, type AscofMeasure } from "../../engine/ascofCatalogue";
import { readNumber } from "../../engine/cellNumber";
import type { CellValue, WorkbookAdapter } from "../../engine/workbook";
import { ErrorNote } from "../components/ErrorNote";
import { useTask } from "../useTask";
import { ReconcilePanel } from "./ReconcilePanel";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM },
  row: { display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalS, alignItems: "end" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

const label = (m: AscofMeasure) => `${m.id} (${m.framework}) — ${m.name}`;

interface RangeFieldProps {
  readonly title: string;
  readonly value: string;
  readonly placeholder: string;
  readonly onChange: (value: string) => void;
  readonly onUseSelection: () => void;
}

function RangeField({ title, value, placeholder, onChange, onUseSelection }: RangeFieldProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field label={title}>
        <Input value={value} placeholder={placeholder} onChange={(_, data) => onChange(data.value)} />
      </Field>
      <Button onClick={onUseSelection} aria-label={`Use the selected cells: ${title.toLowerCase()}`}>
        Use selection
      </Button>
    </div>
  );
}

interface Preview {
  readonly formula: string;
  /** Where the population came from, when its table says ("ONS mid-2020"). */
  readonly source: string | null;
  readonly results: readonly string[];
  readonly target: { sheet: string; row: number; column: number };
}

/** ASCOF and rate formulas with stated populations, and a check of which populations published rates used. */
export function RatesView({ workbook, onWorkbookChanged }: { workbook: WorkbookAdapter; onWorkbookChanged?: () => void }) {
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const [measure, setMeasure] = useState<AscofMeasure | null>(null);
  const [counts, setCounts] = useState("");
  const [population, setPopulation] = useState("");
  const [output, setOutput] = useState("");
  const [preview, setPreview] = useState<Preview | null>(null);
  const { busy, error, run } = useTask();
  const [written, setWritten] = useState<string | null>(null);

  const matching = ASCOF_MEASURES.filter((m) => label(m).toLowerCase().includes(query.toLowerCase()));
  const fillFromSelection = async (set: (text: string) => void) => {
    // Always sheet-qualified: the selection may be on another sheet than the formula will be.
    const range = await workbook.readSelection();
    if (range) set(rangeReference(range, ""));
  };

  const work = (task: () => Promise<void>) => run("Working…", task);

  /** The "Source" (or "Vintage") stated on the population's row of a population table. */
  const populationSource = async (range: { sheet: string; top: number }): Promise<string | null> => {
    const sheet = await workbook.readSheet(range.sheet);
    const header = sheet.values.find((row) => row.some((v) => typeof v === "string" && /^(source|vintage)$/i.test(v.trim())));
    if (!header) return null;
    const column = header.findIndex((v) => typeof v === "string" && /^(source|vintage)$/i.test(v.trim()));
    const value = sheet.values[range.top - sheet.top]?.[column];
    return typeof value === "string" && value.trim() !== "" ? value : null;
  };

  const makePreview = () =>
    work(async () => {
      setWritten(null);
      if (!measure) throw new Error("Choose a measure from the catalogue.");
      const context = await workbook.readContext();
      const countRange = parseRange(counts, context.activeSheet);
      if (!countRange) throw new Error(`"${counts}" is not a cell or range such as I8:K8.`);
      const outputRange = parseRange(output, context.activeSheet);
      if (!outputRange) throw new Error(`"${output}" is not a cell such as M8.`);
      const populationRange = parseRange(population, context.activeSheet);
      const populationNumber = readNumber(population);
      if (!populationRange && !populationNumber.ok) throw new Error(`The population "${population}" is neither a cell (Populations!C3) nor a number (87,009).`);
      const cellsOf = async (range: NonNullable<typeof countRange>): Promise<CellValue[]> => {
        const sheet = await workbook.readSheet(range.sheet);
        const values: CellValue[] = [];
        for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) values.push(sheet.values[r - sheet.top]?.[c - sheet.left] ?? null);
        return values;
      };
      const populationValue = populationRange ? (await cellsOf(populationRange))[0] : populationNumber.ok ? populationNumber.value : null;
      const source = populationRange ? await populationSource(populationRange) : null;
      const results = (await cellsOf(countRange)).map((count) => {
        const value = ascofValue(measure.id, count, populationValue, measure.framework);
        if (!value.ok) return value.error.message;
        return measure.unit === "percentage" ? `${(value.value * 100).toFixed(1)}%` : value.value.toLocaleString("en-GB", { maximumFractionDigits: 1 });
      });
      const populationRef = populationRange ? rangeReference(populationRange, outputRange.sheet) : String(populationNumber.ok ? populationNumber.value : "");
      const formula = `=SCORECARD.ASCOF("${measure.id}",${rangeReference(countRange, outputRange.sheet)},${populationRef},"${measure.framework}")`;
      setPreview({ formula, results, source, target: { sheet: outputRange.sheet, row: outputRange.top, column: outputRange.left } });
    });

  const write = (p: Preview) =>
    work(async () => {
      const { sheet, row, column } = p.target;
      await workbook.apply({ changes: [{ kind: "formula", sheet, row, column, formula: p.formula }], allowed: [{ sheet, top: row, bottom: row, left: column, right: column }] });
      setWritten(`Wrote the formula in ${sheetCellAddress(sheet, row, column)}.`);
      onWorkbookChanged?.();
    });

  return (
    <section className={styles.root} aria-label="Rates">
      <Card>
        <CardHeader header={<Body1><b>ASCOF rates with stated populations</b></Body1>} description={<Caption1>Choose a measure, the counts and the population; preview; then write a live formula.</Caption1>} />
        <Field label="Measure">
          <Combobox
            freeform
            placeholder="Search: 2C, 65+, admissions…"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onOptionSelect={(_, data) => {
              const chosen = ASCOF_MEASURES.find((m) => label(m) === data.optionText) ?? null;
              setMeasure(chosen);
              setQuery(data.optionText ?? "");
            }}
          >
            {matching.map((m) => (
              <Option key={`${m.framework}-${m.id}`} text={label(m)}>
                {label(m)}
              </Option>
            ))}
          </Combobox>
        </Field>
        <RangeField title="Counts (numerator cells)" value={counts} placeholder="I8:K8" onChange={setCounts} onUseSelection={() => work(() => fillFromSelection(setCounts))} />
        <RangeField title="Population (a cell or a number)" value={population} placeholder="Populations!C3 or 87,009" onChange={setPopulation} onUseSelection={() => work(() => fillFromSelection(setPopulation))} />
        <RangeField title="Write the formula in" value={output} placeholder="N8" onChange={setOutput} onUseSelection={() => work(() => fillFromSelection(setOutput))} />
        <Button appearance="primary" onClick={makePreview} disabled={busy !== null}>
          Preview
        </Button>
        {busy && <Spinner size="tiny" />}
        {error && <ErrorNote title="Nothing was written" message={error} />}
        {preview && (
          <>
            <div className={styles.code}>{preview.formula}</div>
            {preview.source && <Caption1>Population source: {preview.source}</Caption1>}
            <ul className={styles.list} aria-label="Preview values">
              {preview.results.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
            <Button onClick={() => write(preview)} disabled={busy !== null}>
              Write the formula
            </Button>
          </>
        )}
        {written && <Caption1>{written}</Caption1>}
      </Card>
      <ReconcilePanel workbook={workbook} />
    </section>
  );
}
