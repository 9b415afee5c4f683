/** The funding tab: grant statuses, deadlines and totals. */
import { Badge, Body1, Button, Caption1, Card, CardHeader, Field, Input, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, MoneyRegular } from "@fluentui/react-icons";
import { Suspense, lazy, useMemo, useState, type ComponentType } from "react";
import { readDate } from "../../engine/dates/dateInput";
import { analyseFunding, deadlinesWithin } from "../../engine/funding/fundingTable";
import { describeSerial, shortDateOf, todaySerial } from "../../engine/dates/serial";
import type { WorkbookAdapter } from "../../engine/sheet/workbook";
import { createFundingTracker, loadFunding, type LoadedFunding } from "../../app/fundingTracker";
import { ErrorNote } from "../components/ErrorNote";
import { useTask } from "../useTask";
import type { FundingChartProps } from "./FundingChart";
import { TotalsCard } from "./TotalsCard";
import { pounds } from "../components/money";

const LazyChart = lazy(() => import(/* webpackChunkName: "charts" */ "./FundingChart"));

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: 0, listStyle: "none", display: "grid", rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

const STATUS_COLOUR = { Green: "success", Amber: "warning", Red: "danger", Complete: "informative", "Not started": "subtle", Overspent: "danger" } as const;
export interface FundingViewProps {
  readonly workbook: WorkbookAdapter;
  readonly onWorkbookChanged?: () => void;
  readonly Chart?: ComponentType<FundingChartProps>;
}

/** Grants against their spend profiles, the deadlines coming up, and totals against the report's. */
export function FundingView({ workbook, onWorkbookChanged, Chart = LazyChart }: FundingViewProps) {
  const styles = useStyles();
  const [loaded, setLoaded] = useState<LoadedFunding | null>(null);
  const { busy, error, run } = useTask();
  const [asOfText, setAsOfText] = useState(() => shortDateOf(todaySerial()));
  const [withinDays, setWithinDays] = useState("30");

  const asOf = useMemo(() => {
    const read = readDate(asOfText, "report date", "start");
    return read.ok ? read.value : null;
  }, [asOfText]);
  const streams = useMemo(() => (loaded && asOf !== null ? analyseFunding(loaded.sheet, loaded.table, asOf) : []), [loaded, asOf]);

  const find = () =>
    run("Reading the funding table…", async () => {
      const funding = await loadFunding(workbook);
      if (!funding.ok) throw new Error(funding.error.message);
      if (funding.value.reportDate !== null) setAsOfText(shortDateOf(funding.value.reportDate));
      setLoaded(funding.value);
    });

  const create = () =>
    run("Creating a tracker sheet…", async () => {
      await createFundingTracker(workbook);
      onWorkbookChanged?.();
    });

  const days = Number(withinDays);
  const deadlines = asOf !== null && Number.isFinite(days) && days >= 0 ? deadlinesWithin(streams, asOf, days) : [];
  return (
    <section className={styles.root} aria-label="Funding">
      <Card>
        <CardHeader header={<Body1 as="h2"><b>Funding streams</b></Body1>} description={<Caption1>Spend against a straight-line profile; clawback risk; deadlines.</Caption1>} />
        <div className={styles.actions}>
          <Button icon={<MoneyRegular />} onClick={find} disabled={busy !== null}>
            Find funding table on this sheet
          </Button>
          <Button icon={<AddRegular />} onClick={create} disabled={busy !== null}>
            Create a tracker sheet
          </Button>
        </div>
        <Field label="Report date" validationMessage={asOf === null ? "Write the date day first, e.g. 28/03/2022." : undefined}>
          <Input value={asOfText} onChange={(_, data) => setAsOfText(data.value)} />
        </Field>
      </Card>
      {busy && <Spinner size="small" label={busy} />}
      {error && <ErrorNote title={error.title} message={error.message} />}
      {loaded && (
        <>
          <Card>
            <CardHeader header={<Body1 as="h2"><b>Streams</b></Body1>} />
            <ul className={styles.list} aria-label="Streams">
              {streams.map((s) => (
                <li key={s.row}>
                  {s.status ? <Badge appearance="filled" color={STATUS_COLOUR[s.status]}>{s.status}</Badge> : <Badge color="danger">Check</Badge>}{" "}
                  <Body1>{s.fund} {s.round}</Body1>
                  <br />
                  <Caption1>
                    {s.problem ?? `${pounds(s.spent)} spent of ${pounds(s.allocation)}; expected by now ${s.expected === null ? "–" : pounds(s.expected)}${s.underspend ? `; projected unspent ${pounds(s.underspend)}` : ""}`}
                  </Caption1>
                </li>
              ))}
            </ul>
          </Card>
          <Card>
            <CardHeader header={<Body1 as="h2"><b>Deadlines</b></Body1>} />
            <Field label="Due within (days)">
              <Input type="number" min={0} value={withinDays} onChange={(_, data) => setWithinDays(data.value)} />
            </Field>
            {deadlines.length === 0 ? (
              <Caption1>None due in the next {withinDays} days.</Caption1>
            ) : (
              <ul className={styles.list} aria-label="Deadlines">
                {deadlines.map((d) => (
                  <li key={`${d.row}-${d.kind}`}>
                    <Body1>{describeSerial(d.due)}</Body1> <Caption1>{d.kind}: {d.fund}</Caption1>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <TotalsCard streams={streams} />
          <Card>
            <Suspense fallback={<Spinner size="tiny" label="Loading the chart…" />}>
              <Chart streams={streams} />
            </Suspense>
          </Card>
        </>
      )}
    </section>
  );
}
