/** The rates tab: ASCOF and rate formulas with stated populations. */
import { Body1, Button, Caption1, Card, CardHeader, Combobox, Dropdown, Field, Input, Option, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { parseRange, rangeReference, sheetCellAddress } from "../../engine/sheet/address";
import { ascofValue } from "../../engine/rates/ascof";
import { ASCOF_MEASURES, type AscofMeasure } from "../../engine/rates/ascofCatalogue";
import { readNumber } from "../../engine/core/cellNumber";
import type { Finding } from "../../engine/core/findings";
import { readPopulationTable, type PopulationEntry } from "../../engine/rates/populationTable";
import { rate } from "../../engine/rates/rate";
import type { CellValue, WorkbookAdapter } from "../../engine/sheet/workbook";
import { ErrorNote } from "../components/ErrorNote";
import { useTask } from "../useTask";
import { ReconcilePanel } from "./ReconcilePanel";
import { writePlan } from "../../app/writePlan";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM },
  row: { display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalS, alignItems: "end" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

/** An ASCOF measure, or a plain rate for anything else (DOLS requests, carers per 10,000). */
type RateChoice = { readonly kind: "ascof"; readonly measure: AscofMeasure } | { readonly kind: "rate"; readonly per: number };

const label = (m: AscofMeasure) => `${m.id} (${m.framework}) — ${m.name}`;
const PLAIN_RATES: readonly { label: string; per: number }[] = [
  { label: "Any count per 100,000 (RATE)", per: 100_000 },
  { label: "Any count per 10,000 (RATE)", per: 10_000 },
];

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
      <Button onClick={onUseSelection} aria-label={`Use selection for ${title.toLowerCase()}`}>
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
  const [measure, setMeasure] = useState<RateChoice | null>(null);
  const [populations, setPopulations] = useState<readonly PopulationEntry[] | null>(null);
  const [populationFindings, setPopulationFindings] = useState<readonly Finding[]>([]);
  const [counts, setCounts] = useState("");
  const [population, setPopulation] = useState("");
  const [output, setOutput] = useState("");
  const [preview, setPreview] = useState<Preview | null>(null);
  const { busy, error, run } = useTask();
  const [written, setWritten] = useState<string | null>(null);

  const matching = ASCOF_MEASURES.filter((m) => label(m).toLowerCase().includes(query.toLowerCase()));
  const matchingRates = PLAIN_RATES.filter((r) => r.label.toLowerCase().includes(query.toLowerCase()) || query === "");
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

  const findPopulations = async () => {
    const names = await workbook.sheetNames();
    const tables = (await workbook.readSheets(names)).map(readPopulationTable);
    setPopulations(tables.flatMap((table) => table.entries));
    setPopulationFindings(tables.flatMap((table) => table.findings));
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
        const value = measure.kind === "ascof" ? ascofValue(measure.measure.id, count, populationValue, measure.measure.framework) : rate(count, populationValue, measure.per, null);
        if (!value.ok) return value.error.message;
        const percentage = measure.kind === "ascof" && measure.measure.unit === "percentage";
        return percentage ? `${(value.value * 100).toFixed(1)}%` : value.value.toLocaleString("en-GB", { maximumFractionDigits: 1 });
      });
      const populationRef = populationRange ? rangeReference(populationRange, outputRange.sheet) : String(populationNumber.ok ? populationNumber.value : "");
      const countsRef = rangeReference(countRange, outputRange.sheet);
      const formula =
        measure.kind === "ascof"
          ? `=SCORECARD.ASCOF("${measure.measure.id}",${countsRef},${populationRef},"${measure.measure.framework}")`
          : `=SCORECARD.RATE(${countsRef},${populationRef},${measure.per})`;
      setPreview({ formula, results, source, target: { sheet: outputRange.sheet, row: outputRange.top, column: outputRange.left } });
    });

  const write = (p: Preview) =>
    work(async () => {
      const { sheet, row, column } = p.target;
      await writePlan(workbook, { changes: [{ kind: "formula", sheet, row, column, formula: p.formula }], allowed: [{ sheet, top: row, bottom: row, left: column, right: column }] });
      setWritten(`Wrote the formula in ${sheetCellAddress(sheet, row, column)}.`);
      onWorkbookChanged?.();
    });

  return (
    <section className={styles.root} aria-label="Rates">
      <Card>
        <CardHeader header={<Body1 as="h2"><b>ASCOF rates with stated populations</b></Body1>} description={<Caption1>Choose a measure, the counts and the population; preview; then write a live formula.</Caption1>} />
        <Field label="Measure">
          <Combobox
            freeform
            placeholder="Search: 2C, 65+, admissions…"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onOptionSelect={(_, data) => {
              const ascof = ASCOF_MEASURES.find((m) => label(m) === data.optionText);
              const plain = PLAIN_RATES.find((r) => r.label === data.optionText);
              setMeasure(ascof ? { kind: "ascof", measure: ascof } : plain ? { kind: "rate", per: plain.per } : null);
              setQuery(data.optionText ?? "");
            }}
          >
            {matching.map((m) => (
              <Option key={`${m.framework}-${m.id}`} text={label(m)}>
                {label(m)}
              </Option>
            ))}
            {matchingRates.map((r) => (
              <Option key={r.label} text={r.label}>
                {r.label}
              </Option>
            ))}
          </Combobox>
        </Field>
        <RangeField title="Counts (numerator cells)" value={counts} placeholder="I8:K8" onChange={setCounts} onUseSelection={() => work(() => fillFromSelection(setCounts))} />
        <RangeField title="Population (a cell or a number)" value={population} placeholder="Populations!C3 or 87,009" onChange={setPopulation} onUseSelection={() => work(() => fillFromSelection(setPopulation))} />
        <Button appearance="subtle" onClick={() => work(findPopulations)}>
          Choose from a population table
        </Button>
        {populations && populations.length === 0 && <Caption1>No sheet has a population table (Age band, Year, Population, Source).</Caption1>}
        {populationFindings.length > 0 && (
          <ul aria-label="Population table problems">
            {populationFindings.map((finding) => (
              <li key={finding.cell}>
                <Caption1>{`${finding.cell}: ${finding.message}`}</Caption1>
              </li>
            ))}
          </ul>
        )}
        {populations && populations.length > 0 && (
          <Field label="Population table">
            <Dropdown
              placeholder="Age band and year"
              onOptionSelect={(_, data) => data.optionValue && setPopulation(data.optionValue)}
            >
              {populations.map((p) => (
                <Option key={p.cell} value={p.cell} text={`${p.band} ${p.year}: ${p.population.toLocaleString("en-GB")}`}>
                  {`${p.band} ${p.year}: ${p.population.toLocaleString("en-GB")}`}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
        <RangeField title="Write the formula in" value={output} placeholder="N8" onChange={setOutput} onUseSelection={() => work(() => fillFromSelection(setOutput))} />
        <Button appearance="primary" onClick={makePreview} disabled={busy !== null}>
          Preview
        </Button>
        {busy && <Spinner size="tiny" />}
        {error && <ErrorNote title={error.title} message={error.message} />}
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
