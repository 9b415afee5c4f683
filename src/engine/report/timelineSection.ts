/** The programme part of the report: the stages that slipped, by how much, and since which recorded version. */
import { describeSerial } from "../dates/serial";
import type { Finding } from "../core/findings";
import type { MilestoneAnalysis, RecordedVersion } from "../timeline/timeline";
import type { StageLine, TimelineSection } from "./model";

/** What the timeline part is made from: the milestones as analysed, and the versions recorded before. */
export interface TimelineInput {
  readonly sheet: string;
  readonly milestones: readonly MilestoneAnalysis[];
  readonly versions: readonly RecordedVersion[];
  readonly findings: readonly Finding[];
}

const spanText = (m: MilestoneAnalysis, which: "baseline" | "forecast") => {
  const span = m[which];
  if (!span) return "";
  return span.start === span.end ? describeSerial(span.start) : `${describeSerial(span.start)} – ${describeSerial(span.end)}`;
};

/**
 * The version a stage has moved since: the latest recorded version whose start differs from the forecast's, so
 * "since the version of 28 March 2022" names the report after which the date moved.
 */
function movedSince(m: MilestoneAnalysis, versions: readonly RecordedVersion[]): StageLine["sinceRecorded"] {
  if (!m.forecast) return null;
  let latest: RecordedVersion | null = null;
  for (const v of versions) {
    if (v.programme !== m.programme || v.milestone !== m.milestone || v.start === m.forecast.start) continue;
    if (!latest || v.recorded > latest.recorded) latest = v;
  }
  return latest ? { recorded: describeSerial(latest.recorded), days: m.forecast.start - latest.start } : null;
}

export function timelineSection({ sheet, milestones, versions, findings }: TimelineInput): TimelineSection {
  const slipped: StageLine[] = [];
  let onTime = 0;
  for (const m of milestones) {
    if (m.slipDays === null || m.complete) continue;
    if (m.slipDays <= 0) {
      onTime++;
      continue;
    }
    slipped.push({
      programme: m.programme,
      stage: m.milestone,
      baseline: spanText(m, "baseline"),
      forecast: spanText(m, "forecast"),
      slipDays: m.slipDays,
      slipMonths: m.slipMonths,
      rating: m.rating ?? "",
      sinceRecorded: movedSince(m, versions),
    });
  }
  return { sheet, slipped, onTime, problems: findings.map((f) => `${f.cell}: ${f.message}`) };
}
