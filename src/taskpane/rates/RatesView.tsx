/** The rates tab: ASCOF and rate formulas with stated populations. */
import { Button, Caption1, Card, CardHeader, Field, Input, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { rangeReference, sheetCellAddress } from "../../engine/sheet/address";
import type { WorkbookAdapter } from "../../engine/sheet/workbook";
import { ErrorNote } from "../components/ErrorNote";
import { useTask } from "../useTask";
import { ReconcilePanel } from "./ReconcilePanel";
import { writePlan } from "../../app/writePlan";
import { findPopulationTables, previewRates, type RateChoice, type RatesPreview } from "../../app/ratesPreview";
import { MeasurePicker, PopulationPicker, type PopulationTables } from "./RatePickers";
import { CardTitle } from "../components/CardTitle";
import { spillOf } from "./spillCells";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM },
  // The field shrinks to the pane (Excel's is about 320 px) and its button stays beside it, reachable.
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalS, alignItems: "end" },
  input: { minWidth: 0, width: "100%" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

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
        <Input className={styles.input} value={value} placeholder={placeholder} onChange={(_, data) => onChange(data.value)} />
      </Field>
      <Button onClick={onUseSelection} aria-label={`Use selection for ${title.toLowerCase()}`}>
        Use selection
      </Button>
    </div>
  );
}

/** Each result with the cell it will show in: the formula's own cell, then where Excel spills the rest. */
function PreviewCells({ preview, counts }: { preview: RatesPreview; counts: string }) {
  const styles = useStyles();
  const { target } = preview;
  const spill = spillOf(counts, target, preview.results);
  const at = sheetCellAddress(target.sheet, target.row, target.column);
  return (
    <>
      <Caption1>
        {spill.area
          ? `One formula, written in ${at}. Excel spills its ${preview.results.length} results into ${spill.area} on "${target.sheet}": the cells after the first must be empty, or Excel shows #SPILL!.`
          : `One formula, written in ${at}.`}
      </Caption1>
      <ul className={styles.list} aria-label="Preview values">
        {spill.cells.map((c) => (
          <li key={c.cell}>
            {c.cell}: {c.result}
          </li>
        ))}
      </ul>
    </>
  );
}

/** ASCOF and rate formulas with stated populations, and a check of which populations published rates used. */
export function RatesView({ workbook, onWorkbookChanged }: { workbook: WorkbookAdapter; onWorkbookChanged?: () => void }) {
  const styles = useStyles();
  const [measure, setMeasure] = useState<RateChoice | null>(null);
  const [populations, setPopulations] = useState<PopulationTables | null>(null);
  const [counts, setCounts] = useState("");
  const [population, setPopulation] = useState("");
  const [output, setOutput] = useState("");
  const [preview, setPreview] = useState<RatesPreview | null>(null);
  const { busy, error, setError, run } = useTask();
  const [written, setWritten] = useState<string | null>(null);

  // A change to what the preview was made from takes the preview away: its Write would no longer match the form.
  const edited = (set: (text: string) => void) => (text: string) => {
    setPreview(null);
    set(text);
  };
  const editCounts = edited(setCounts);
  const editPopulation = edited(setPopulation);
  const editOutput = edited(setOutput);

  const fillFromSelection = async (set: (text: string) => void) => {
    // Always sheet-qualified: the selection may be on another sheet than the formula will be.
    const range = await workbook.readSelection();
    if (range) set(rangeReference(range, ""));
  };

  const work = (task: () => Promise<void>) => run("Working…", task);

  const findPopulations = async () => setPopulations(await findPopulationTables(workbook));

  const makePreview = () =>
    work(async () => {
      setWritten(null);
      // A preview writes nothing: its titles say what stopped it, not that a task "did not finish".
      if (!measure) return setError("Choose a measure from the catalogue.", "No measure chosen");
      const previewed = await previewRates(workbook, { choice: measure, counts, population, output });
      if (!previewed.ok) return setError(previewed.error.message, "The formula cannot be previewed");
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
        <CardHeader header={<CardTitle>ASCOF rates with stated populations</CardTitle>} description={<Caption1>Choose a measure, the counts and the population; preview; then write a live formula.</Caption1>} />
        <MeasurePicker
          onChoose={(choice) => {
            setPreview(null);
            setMeasure(choice);
          }}
        />
        <RangeField title="Counts (numerator cells)" value={counts} placeholder="I8:K8" onChange={editCounts} onUseSelection={() => work(() => fillFromSelection(editCounts))} />
        <RangeField title="Population (a cell or a number)" value={population} placeholder="Populations!C3 or 87,009" onChange={editPopulation} onUseSelection={() => work(() => fillFromSelection(editPopulation))} />
        <PopulationPicker tables={populations} onFind={() => work(findPopulations)} onChoose={editPopulation} />
        <RangeField title="Write the formula in" value={output} placeholder="N8" onChange={editOutput} onUseSelection={() => work(() => fillFromSelection(editOutput))} />
        <Button appearance="primary" onClick={makePreview} disabled={busy !== null}>
          Preview
        </Button>
        {busy && <Spinner size="tiny" />}
        {error && <ErrorNote title={error.title} message={error.message} />}
        {preview && (
          <>
            <div className={styles.code}>{preview.formula}</div>
            {preview.source && <Caption1>Population source: {preview.source}</Caption1>}
            <PreviewCells preview={preview} counts={counts} />
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
