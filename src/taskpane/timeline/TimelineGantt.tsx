/** The Gantt chart, in its own lazily loaded chunk: Fluent charts (d3) add about 90 KB gzipped. */
import { GanttChart, type GanttChartDataPoint } from "@fluentui/react-charts";
import { tokens } from "@fluentui/react-components";
import { dateOfSerial as toDate } from "../../engine/dates/serial";
import type { MilestoneAnalysis } from "../../engine/timeline/timeline";

export interface TimelineGanttProps {
  readonly milestones: readonly MilestoneAnalysis[];
  /** Excel serial of the report date, drawn as its own thin bar. */
  readonly reportDate: number;
}

export default function TimelineGantt({ milestones, reportDate }: TimelineGanttProps) {
  const data: GanttChartDataPoint[] = [];
  for (const m of milestones) {
    if (m.baseline) data.push({ x: { start: toDate(m.baseline.start), end: toDate(m.baseline.end + 1) }, y: m.milestone, legend: "Baseline", color: tokens.colorNeutralStroke1 });
    if (m.forecast) data.push({ x: { start: toDate(m.forecast.start), end: toDate(m.forecast.end + 1) }, y: m.milestone, legend: "Forecast", color: tokens.colorBrandBackground });
  }
  data.push({ x: { start: toDate(reportDate), end: toDate(reportDate + 7) }, y: "Report date", legend: "Report date", color: tokens.colorPaletteRedBackground3 });
  return (
    <GanttChart
      data={data}
      height={Math.max(220, 40 + milestones.length * 34)}
      culture="en-GB"
      margins={{ left: 130 }}
      showYAxisLablesTooltip
      chartTitle="Baseline and forecast by stage"
      dateLocalizeOptions={{ month: "short", year: "numeric" }}
      useUTC
    />
  );
}
