/** Allocation, spend and the expected spend per stream, in the lazily loaded charts chunk. */
import { GroupedVerticalBarChart, type GroupedVerticalBarChartData } from "@fluentui/react-charts";
import { tokens } from "@fluentui/react-components";
import type { StreamAnalysis } from "../../engine/funding/fundingTable";

export interface FundingChartProps {
  readonly streams: readonly StreamAnalysis[];
}

export default function FundingChart({ streams }: FundingChartProps) {
  const data: GroupedVerticalBarChartData[] = streams.map((s) => ({
    name: s.round && s.round !== "Single allocation" ? `${s.fund.split(" ").slice(0, 2).join(" ")} ${s.round}` : s.fund.split(" ").slice(0, 3).join(" "),
    series: [
      { key: "allocation", data: s.allocation, legend: "Allocation", color: tokens.colorNeutralStroke1 },
      { key: "spent", data: s.spent, legend: "Spent", color: tokens.colorBrandBackground },
      { key: "expected", data: Math.round(s.expected ?? 0), legend: "Expected by now", color: tokens.colorPaletteMarigoldBackground3 },
    ],
  }));
  return <GroupedVerticalBarChart data={data} height={280} culture="en-GB" chartTitle="Allocation, spent and expected by stream" hideLegend={false} wrapXAxisLables />;
}
