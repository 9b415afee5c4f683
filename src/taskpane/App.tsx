/** The pane's shell: one tab per capability over the workbook it is given. */
import { Badge, Spinner, Subtitle1, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import type { HostSupport, WorkbookAdapter } from "../engine/sheet/workbook";
import type { FunctionInfo } from "./functionList";
import { FunctionsCard } from "./components/FunctionsCard";
import { FirstSteps } from "./components/FirstSteps";
import { WorkbookCard } from "./components/WorkbookCard";
import { ScorecardView } from "./scorecard/ScorecardView";

// The other views load when first opened, so the pane itself opens fast.
const RatesView = lazy(() => import(/* webpackChunkName: "rates" */ "./rates/RatesView").then((m) => ({ default: m.RatesView })));
const FundingView = lazy(() => import(/* webpackChunkName: "funding" */ "./funding/FundingView").then((m) => ({ default: m.FundingView })));
const ReportView = lazy(() => import(/* webpackChunkName: "report" */ "./report/ReportView").then((m) => ({ default: m.ReportView })));
const TimelineView = lazy(() => import(/* webpackChunkName: "timeline" */ "./timeline/TimelineView").then((m) => ({ default: m.TimelineView })));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100%",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
    // Every view fits Excel's pane (about 320-350 px): a view's grid column may be narrower than its widest
    // line, and long messages, formulas and cell lists wrap rather than widen the pane.
    "& > section": { gridTemplateColumns: "minmax(0, 1fr)" },
    "& .fui-MessageBarBody": { whiteSpace: "normal", overflowWrap: "anywhere" },
  },
  // Five tabs are wider than a 320 px pane: they wrap onto a second line.
  views: { flexWrap: "wrap" },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
});

export interface AppProps {
  readonly workbook: WorkbookAdapter;
  /** Where the pane is running, shown so nobody mistakes the preview for their live workbook. */
  readonly hostLabel: string;
  readonly loadFunctions: () => Promise<FunctionInfo[]>;
  readonly onWorkbookChanged?: () => void;
  /** Whether the host can save a download (the Word paper); the preview can, Excel desktop cannot. */
  readonly downloads?: HostSupport;
}

type View = "scorecard" | "rates" | "funding" | "timeline" | "report" | "help";

export function App({ workbook, hostLabel, loadFunctions, onWorkbookChanged, downloads = { supported: true } }: AppProps) {
  const styles = useStyles();
  const [view, setView] = useState<View>("scorecard");
  return (
    <main className={styles.root} aria-label="Committee Scorecard">
      <header className={styles.header}>
        <Subtitle1 as="h1">Committee Scorecard</Subtitle1>
        <Badge appearance="tint" color={workbook.host === "excel" ? "success" : "informative"}>
          {hostLabel}
        </Badge>
      </header>
      <TabList className={styles.views} selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)} size="small" aria-label="Views">
        <Tab value="scorecard">Scorecard</Tab>
        <Tab value="rates">Rates</Tab>
        <Tab value="funding">Funding</Tab>
        <Tab value="timeline">Timeline</Tab>
        <Tab value="report">Report</Tab>
        <Tab value="help">Help</Tab>
      </TabList>
      {view === "scorecard" && <ScorecardView workbook={workbook} {...(onWorkbookChanged ? { onWorkbookChanged } : {})} />}
      <Suspense fallback={<Spinner size="small" label="Opening…" />}>
        {view === "timeline" && <TimelineView workbook={workbook} {...(onWorkbookChanged ? { onWorkbookChanged } : {})} />}
        {view === "rates" && <RatesView workbook={workbook} {...(onWorkbookChanged ? { onWorkbookChanged } : {})} />}
        {view === "report" && <ReportView workbook={workbook} downloads={downloads} {...(onWorkbookChanged ? { onWorkbookChanged } : {})} />}
        {view === "funding" && <FundingView workbook={workbook} {...(onWorkbookChanged ? { onWorkbookChanged } : {})} />}
      </Suspense>
      {view === "help" && (
        <>
          <FirstSteps />
          <FunctionsCard loadFunctions={loadFunctions} />
          <WorkbookCard workbook={workbook} />
        </>
      )}
    </main>
  );
}
