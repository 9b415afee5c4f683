/** A measure's quarters side by side, from the "Scorecard history" sheet, with the direction between the last two. */
import { Caption1, Card, CardHeader, Field, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { readHistorySheet } from "../../app/scorecardHistory";
import { History, readHistory, type QuarterFigure } from "../../engine/scorecard/history";
import { readNumber } from "../../engine/core/cellNumber";
import type { WorkbookAdapter } from "../../engine/sheet/workbook";
import { formatForDisplay } from "../../engine/sheet/display";
import { CardTitle } from "../components/CardTitle";
import { useNarrowSelectStyles } from "../components/narrowSelect";
import { RatingBadge } from "./RatingBadge";

export interface HistoryCardProps {
  readonly workbook: WorkbookAdapter;
  /** Changes when the workbook has been written, so the history is read again. */
  readonly version?: number;
}

/** "Higher than Q2 2021/22", from the figures alone (whether higher is better is the measure's polarity, not history's). */
export function movement(quarters: readonly QuarterFigure[]): string {
  if (quarters.length < 2) return "One period recorded so far.";
  const [previous, latest] = quarters.slice(-2);
  const [a, b] = [readNumber(previous.figure), readNumber(latest.figure)];
  if (!a.ok || !b.ok) return `No direction: ${previous.period} or ${latest.period} has no figure.`;
  const rating = previous.rating && latest.rating && previous.rating !== latest.rating ? `; ${previous.rating} then, ${latest.rating} now` : "";
  return `${b.value > a.value ? "Higher than" : b.value < a.value ? "Lower than" : "The same as"} ${previous.period}${rating}.`;
}

export function HistoryCard({ workbook, version }: HistoryCardProps) {
  const narrow = useNarrowSelectStyles();
  const [history, setHistory] = useState<History | null>(null);
  const [measure, setMeasure] = useState<string>("");

  useEffect(() => {
    let current = true;
    readHistorySheet(workbook).then(
      (sheet) => current && setHistory(new History(readHistory(sheet))),
      () => current && setHistory(new History([])),
    );
    return () => {
      current = false;
    };
  }, [workbook, version]);

  if (!history || history.entries.length === 0) return null;
  const measures = history.measures();
  const chosen = measures.includes(measure) ? measure : measures[0];
  const quarters = history.quarters(chosen);
  return (
    <Card>
      <CardHeader header={<CardTitle>History</CardTitle>} description={<Caption1>Each Apply is recorded on the &quot;Scorecard history&quot; sheet.</Caption1>} />
      <Field label="Measure" className={narrow.field}>
        <Select className={narrow.root} select={{ className: narrow.select }} value={chosen} onChange={(_, data) => setMeasure(data.value)}>
          {measures.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </Select>
      </Field>
      <Table size="small" aria-label="Quarters side by side">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Period</TableHeaderCell>
            <TableHeaderCell>Figure</TableHeaderCell>
            <TableHeaderCell>Rating</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {quarters.map((q) => (
            <TableRow key={q.period}>
              <TableCell>{q.period}</TableCell>
              <TableCell>{q.figure === null ? "(blank)" : formatForDisplay(q.figure)}</TableCell>
              <TableCell>
                <RatingBadge rating={q.rating} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Caption1>{movement(quarters)}</Caption1>
    </Card>
  );
}
