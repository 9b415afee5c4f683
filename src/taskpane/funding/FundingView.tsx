/** The funding tab: grant statuses, deadlines and totals. */
import { Button, Caption1, Card, CardHeader, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, MoneyRegular } from "@fluentui/react-icons";
import { Suspense, lazy, useMemo, useState, type ComponentType } from "react";
import { analyseFunding, fundingTableWith } from "../../engine/funding/fundingTable";
import { countedStreams } from "../../engine/funding/fundingSummary";
import type { FundingRole } from "../../engine/funding/trackerColumns";
import { FundingMappingCard } from "./FundingMappingCard";
import { todaySerial } from "../../engine/dates/serial";
import type { WorkbookAdapter } from "../../engine/sheet/workbook";
import { createFundingTracker, loadFunding, type LoadedFunding } from "../../app/fundingTracker";
import { keepFundingColumns } from "../../app/fundingColumns";
import { KeepColumns } from "./KeepColumns";
import { ReportDateField } from "../components/ReportDateField";
import { ErrorNote } from "../components/ErrorNote";
import { useTask } from "../useTask";
import { useKeptColumns } from "../useKeptColumns";
import type { FundingChartProps } from "./FundingChart";
import { TotalsCard } from "./TotalsCard";
import { DeadlinesCard, StreamsCard } from "./StreamCards";
import { CardTitle } from "../components/CardTitle";

const LazyChart = lazy(() => import(/* webpackChunkName: "charts" */ "./FundingChart"));

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

export interface FundingViewProps {
  readonly workbook: WorkbookAdapter;
  readonly onWorkbookChanged?: () => void;
  readonly Chart?: ComponentType<FundingChartProps>;
}

/** Grants against their spend profiles, the deadlines coming up, and totals against the report's. */
export function FundingView({ workbook, onWorkbookChanged, Chart = LazyChart }: FundingViewProps) {
  const styles = useStyles();
  const [loaded, setLoaded] = useState<LoadedFunding | null>(null);
  const { busy, error, setError, run } = useTask();
  const [asOf, setAsOf] = useState(() => todaySerial());

  const streams = useMemo(() => (loaded ? analyseFunding(loaded.sheet, loaded.table, asOf) : []), [loaded, asOf]);
  const [mappingError, setMappingError] = useState<string | null>(null);
  const { changed, setChanged, done, setDone, canUndo, keep: keepColumns, undoKeep, forget } = useKeptColumns({ workbook, run, setError, onWorkbookChanged, readAgain: () => read() });

  /** A column chosen on the mapping card: the tracker read again with it, or why it cannot be. */
  const choose = (role: FundingRole, column: number | null) => {
    if (!loaded) return;
    const columns: Partial<Record<FundingRole, number>> = {};
    for (const [r, c] of Object.entries(loaded.table.columns) as [FundingRole, number][]) if (r !== role) columns[r] = c;
    if (column !== null) columns[role] = column;
    const table = fundingTableWith(loaded.sheet, loaded.table.headerRow, columns);
    setMappingError(table.ok ? null : table.error.message);
    if (table.ok) setLoaded({ ...loaded, table: table.value });
    setChanged(table.ok);
    setDone(null);
  };

  /** The corrected columns stored in the workbook, through a plan, with its undo. */
  const keep = (current: LoadedFunding) =>
    keepColumns({ sheet: current.sheet.name, store: () => keepFundingColumns(workbook, current.table), kept: () => setLoaded({ ...current, stored: true }) });

  /** The tracker on the active sheet, as the workbook reads it (its stored columns, or found by meaning). */
  const read = async () => {
    const funding = await loadFunding(workbook);
    // No tracker here: the last one's streams go, so nothing on screen is from another sheet.
    setLoaded(null);
    setChanged(false);
    setMappingError(null);
    if (!funding.ok) return setError(funding.error.message, "No funding table on this sheet");
    if (funding.value.reportDate !== null) setAsOf(funding.value.reportDate);
    setLoaded(funding.value);
  };

  const find = () =>
    run("Reading the funding table…", async () => {
      forget();
      await read();
    });

  const create = () =>
    run("Creating a tracker sheet…", async () => {
      await createFundingTracker(workbook);
      // The new sheet is active: the last tracker's results no longer describe it.
      setLoaded(null);
      onWorkbookChanged?.();
    });

  return (
    <section className={styles.root} aria-label="Funding">
      <Card>
        <CardHeader header={<CardTitle>Funding streams</CardTitle>} description={<Caption1>Spend against a straight-line profile; clawback risk; deadlines.</Caption1>} />
        <div className={styles.actions}>
          <Button icon={<MoneyRegular />} onClick={find} disabled={busy !== null}>
            Find funding table on this sheet
          </Button>
          <Button icon={<AddRegular />} onClick={create} disabled={busy !== null}>
            Create a tracker sheet
          </Button>
        </div>
        <ReportDateField date={asOf} onChange={setAsOf} />
      </Card>
      {busy && <Spinner size="small" label={busy} />}
      {error && <ErrorNote title={error.title} message={error.message} />}
      {loaded && (
        <>
          <FundingMappingCard sheet={loaded.sheet} table={loaded.table} onChoose={choose} error={mappingError} />
          <KeepColumns changed={changed} stored={loaded.stored === true} done={done} canUndo={canUndo} busy={busy !== null} onKeep={() => keep(loaded)} onUndo={undoKeep} />
          <StreamsCard streams={streams} />
          <DeadlinesCard streams={streams} asOf={asOf} />
          <TotalsCard streams={streams} />
          <Card>
            <Suspense fallback={<Spinner size="tiny" label="Loading the chart…" />}>
              <Chart streams={countedStreams(streams)} />
            </Suspense>
          </Card>
        </>
      )}
    </section>
  );
}
