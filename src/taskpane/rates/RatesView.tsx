/** The rates tab: ASCOF and rate formulas with stated populations. */
import { Body1, Button, Caption1, Card, CardHeader, Combobox, Dropdown, Field, Input, Option, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { rangeReference, sheetCellAddress } from "../../engine/sheet/address";
import { ASCOF_MEASURES, type AscofMeasure } from "../../engine/rates/ascofCatalogue";
import type { Finding } from "../../engine/core/findings";
import { readPopulationTable, type PopulationEntry } from "../../engine/rates/populationTable";
import type { WorkbookAdapter } from "../../engine/sheet/workbook";
import { ErrorNote } from "../components/ErrorNote";
import { useTask } from "../useTask";
import { ReconcilePanel } from "./ReconcilePanel";
import { writePlan } from "../../app/writePlan";
import { previewRates, type RateChoice, type RatesPreview } from "../../app/ratesPreview";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM },
  row: { display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalS, alignItems: "end" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

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
  const [preview, setPreview] = useState<RatesPreview | null>(null);
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
      const previewed = await previewRates(workbook, { choice: measure, counts, population, output });
      if (!previewed.ok) throw new Error(previewed.error.message);
      setPreview(previewed.value);
    });

  const write = (p: RatesPreview) =>
    work(async () => {
      await writePlan(workbook, p.plan);
      setWritten(`Wrote the formula in ${sheetCellAddress(p.target.sheet, p.target.row, p.target.column)}.`);
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
