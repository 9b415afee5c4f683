/**
 * The committee paper as a Word document (.docx), from the report model: a title, the committee and date,
 * headings in order, the ratings at a glance as a table (the chart as a table, readable by a screen reader), the
 * areas for highlighting, the funding and timeline summaries, and the scorecard appendix on A4 landscape pages with
 * the council's own column headers. en-GB throughout. Works in node (the CLI) and the browser (the pane).
 */
import { Document, HeadingLevel, Packer, PageOrientation, Paragraph, TextRun } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { CommitteeReport, ReportHighlight } from "../../engine/report/model";
import { HIGHLIGHT_HEADINGS } from "../../engine/report/model";
import { describeDays, leftOutWords, money } from "../../engine/report/words";
import { paragraphXml, tableXml, TablePlaceholders, type Column } from "./tables";

/** A4 in twips (210 × 297 mm), and the text width inside 2 cm margins. */
const A4 = { short: 11906, long: 16838 };
const MARGIN = 1134;
const PORTRAIT_WIDTH = A4.short - 2 * MARGIN;
const LANDSCAPE_WIDTH = A4.long - 2 * MARGIN;

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level });
const para = (text: string) => new Paragraph({ children: [new TextRun(text)], spacing: { after: 120 } });
const labelled = (label: string, text: string) => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(text)], spacing: { after: 120 } });

function ratingsAtAGlance(report: CommitteeReport, tables: TablePlaceholders): Paragraph[] {
  const { counts } = report;
  const total = counts.Red + counts.Amber + counts.Green + counts["Not rated"];
  const share = (n: number) => (total === 0 ? "" : `${Math.round((n / total) * 100)}%`);
  const rows = (["Red", "Amber", "Green", "Not rated"] as const).map((r) => [r, String(counts[r]), share(counts[r])]);
  return [
    heading("Ratings at a glance", HeadingLevel.HEADING_1),
    para(`${total} measures: ${counts.Red} Red, ${counts.Amber} Amber, ${counts.Green} Green and ${counts["Not rated"]} not rated. The chart is given as a table.`),
    tables.add([{ header: "Rating", weight: 2, rating: true }, { header: "Measures", weight: 1 }, { header: "Share", weight: 1 }], rows, PORTRAIT_WIDTH / 2),
  ];
}

/** One highlight as body XML: its heading, its figures as a table, the sentences that say why, its comment. */
function highlightXml(h: ReportHighlight): string {
  const columns: Column[] = [
    { header: "Rating", weight: 2, rating: true },
    { header: "Figure", weight: 2 },
    { header: "Target", weight: 2 },
    { header: "Last period", weight: 3 },
    { header: "Direction", weight: 2, rating: true },
  ];
  const xml = [
    paragraphXml(h.measure, { style: "Heading3" }),
    tableXml(columns, [[h.rating || "Not rated", h.figure, h.target, h.lastPeriod, h.direction]], PORTRAIT_WIDTH),
    ...h.sentences.map((sentence) => paragraphXml(sentence)),
    ...(h.comment ? [paragraphXml(h.comment, { label: "Comment" })] : []),
  ];
  return xml.join("");
}

function highlights(report: CommitteeReport, tables: TablePlaceholders): Paragraph[] {
  const out: Paragraph[] = [heading("Main areas for highlighting", HeadingLevel.HEADING_1)];
  if (report.highlights.length === 0) out.push(para("No measure is Red, Amber, worse than last time or worsening."));
  // Written as XML in one placeholder: a large scorecard has thousands of highlights.
  const xml: string[] = [];
  let reason: string | null = null;
  for (const h of report.highlights) {
    if (h.reason !== reason) {
      reason = h.reason;
      xml.push(paragraphXml(HIGHLIGHT_HEADINGS[h.reason], { style: "Heading2" }));
    }
    xml.push(highlightXml(h));
  }
  if (xml.length > 0) out.push(tables.addXml(xml.join("")));
  return out;
}

function funding(report: CommitteeReport, tables: TablePlaceholders): Paragraph[] {
  const f = report.funding;
  if (!f) return [];
  const out: Paragraph[] = [heading("Funding", HeadingLevel.HEADING_1), para(`Statuses, projections and deadlines at ${f.asOf}, from the "${f.sheet}" sheet.`)];
  out.push(heading("Streams at risk", HeadingLevel.HEADING_2));
  if (f.atRisk.length === 0) out.push(para("No stream is Red, Amber or overspent."));
  else {
    const columns: Column[] = [{ header: "Stream", weight: 5 }, { header: "Funder", weight: 2 }, { header: "Status", weight: 2, rating: true }, { header: "Allocation", weight: 3 }, { header: "Spent", weight: 3 }, { header: "Unspent at risk", weight: 3 }];
    out.push(tables.add(columns, f.atRisk.map((s) => [s.stream, s.funder, s.status, money(s.allocation), money(s.spent), s.unspent === null ? "not known" : money(s.unspent)]), PORTRAIT_WIDTH));
  }
  out.push(labelled("Total clawback risk", `${money(f.clawbackRisk)}: projected to be unspent at the end dates of running streams at the current rate of spend, and what is left unspent in streams that have ended.${leftOutWords(f.problems.length)}`));
  out.push(heading("Deadlines", HeadingLevel.HEADING_2));
  const deadlines = [...f.overdue.map((d) => ["Overdue", d.stream, d.kind, d.due, describeDays(d.days)]), ...f.coming.map((d) => [`Next ${f.comingWithinDays} days`, d.stream, d.kind, d.due, describeDays(d.days)])];
  if (deadlines.length === 0) out.push(para(`No deadline is overdue or due in the next ${f.comingWithinDays} days.`));
  else out.push(tables.add([{ header: "When", weight: 2 }, { header: "Stream", weight: 5 }, { header: "Deadline", weight: 3 }, { header: "Due", weight: 3 }, { header: "From the report date", weight: 3 }], deadlines, PORTRAIT_WIDTH));
  out.push(heading("Totals", HeadingLevel.HEADING_2));
  const totals = f.totals.map((t) => [t.label, t.stated === null ? "not stated" : money(t.stated), money(t.rows), t.difference === null ? "" : money(t.difference)]);
  out.push(tables.add([{ header: "Total", weight: 4 }, { header: "Stated", weight: 2 }, { header: "Rows add up to", weight: 2 }, { header: "Difference", weight: 2 }], totals, PORTRAIT_WIDTH));
  for (const p of f.problems) out.push(labelled("Not read", p));
  return out;
}

function timeline(report: CommitteeReport, tables: TablePlaceholders): Paragraph[] {
  const t = report.timeline;
  if (!t) return [];
  const out: Paragraph[] = [heading("Timeline", HeadingLevel.HEADING_1)];
  out.push(para(`${t.slipped.length} stage${t.slipped.length === 1 ? " is" : "s are"} later than the baseline and ${t.onTime} on time or early, from the "${t.sheet}" sheet.`));
  if (t.slipped.length > 0) {
    const columns: Column[] = [{ header: "Stage", weight: 4 }, { header: "Baseline", weight: 4 }, { header: "Forecast", weight: 4 }, { header: "Slipped", weight: 4 }, { header: "Rating", weight: 2, rating: true }, { header: "Since", weight: 5 }];
    const rows = t.slipped.map((s) => [s.stage, s.baseline, s.forecast, describeDays(s.slipDays, "later", s.slipMonths), s.rating, s.sinceRecorded ? `${describeDays(s.sinceRecorded.days, "later")} since the version recorded on ${s.sinceRecorded.recorded}` : "no version recorded"]);
    out.push(tables.add(columns, rows, PORTRAIT_WIDTH, 18));
  }
  for (const p of t.problems) out.push(labelled("Check", p));
  return out;
}

function appendix(report: CommitteeReport, tables: TablePlaceholders): Paragraph[] {
  const out: Paragraph[] = [];
  report.appendix.forEach((table, i) => {
    out.push(heading(`Appendix ${String.fromCharCode(65 + i)}: the scorecard ("${table.sheet}")`, HeadingLevel.HEADING_1));
    // The measure column is the widest; the rest share what is left.
    const columns: Column[] = table.headers.map((header, c) => ({ header, weight: c === 0 ? 6 : /comment/i.test(header) ? 5 : 1.4, rating: c === table.ratingColumn }));
    const rows = table.rows.map((row) => (row.kind === "section" ? { section: row.text } : row.cells));
    out.push(tables.add(columns, rows, LANDSCAPE_WIDTH, 14));
  });
  return out;
}

export function committeePaper(report: CommitteeReport, tables: TablePlaceholders): Document {
  const when = [report.committee, report.reportDate].filter((t) => t !== "").join(", ");
  const page = (orientation: (typeof PageOrientation)[keyof typeof PageOrientation]) => ({
    page: { size: { width: A4.short, height: A4.long, orientation }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } },
  });
  return new Document({
    title: report.title,
    subject: when,
    creator: "Committee Scorecard",
    description: `Committee report: areas for highlighting, funding, timeline and the scorecard appendix${when ? ` (${when})` : ""}.`,
    styles: { default: { document: { run: { font: "Arial", size: 22, language: { value: "en-GB" } } } } },
    sections: [
      {
        properties: page(PageOrientation.PORTRAIT),
        children: [new Paragraph({ text: report.title, heading: HeadingLevel.TITLE }), para(when), ...ratingsAtAGlance(report, tables), ...highlights(report, tables), ...funding(report, tables), ...timeline(report, tables), sectionEnd()],
      },
      ...(report.appendix.length > 0 ? [{ properties: page(PageOrientation.LANDSCAPE), children: [...appendix(report, tables), sectionEnd()] }] : []),
    ],
  });
}

/**
 * A section's last paragraph carries its page setup: an empty one ends each section, so no table placeholder is
 * ever the paragraph that holds it.
 */
const sectionEnd = () => new Paragraph({});

/** The paper as .docx bytes: packed by the docx package, then each table's XML put in its placeholder's place. */
export async function committeePaperBytes(report: CommitteeReport): Promise<Uint8Array> {
  const tables = new TablePlaceholders();
  const parts = unzipSync(new Uint8Array(await Packer.toArrayBuffer(committeePaper(report, tables))));
  parts["word/document.xml"] = strToU8(tables.fill(strFromU8(parts["word/document.xml"])));
  return zipSync(parts, { level: 6 });
}
