/**
 * The page as a web app at council scale: a 5,000-measure scorecard opened through the file picker, found and
 * planned (Find, then Preview) in headless Chromium, from choosing the file to the plan on screen. Median of 5,
 * each in a fresh page, after one warm-up.
 */
import type { Page } from "playwright-core";
import { openPreviewBrowser } from "./previewBrowser";
import { scorecardRows } from "../test/helpers/generateScorecard";
import { generateWorkbook } from "../test/helpers/xlsxGenerator";
import { median, type Row } from "./rows";

const MEASURES = 5_000;
const GOAL_MS = 2000;

async function openAndPlan(page: Page, origin: string, bytes: Buffer): Promise<number> {
  await page.goto(`${origin}/preview.html`);
  await page.getByRole("button", { name: "Find scorecard on this sheet" }).waitFor({ timeout: 60000 });
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Open a workbook…" }).click()]);
  const start = process.hrtime.bigint();
  await chooser.setFiles({ name: "scorecard-5000.xlsx", mimeType: "application/octet-stream", buffer: bytes });
  const pane = page.getByRole("main", { name: "Committee Scorecard" });
  await page.getByText("Outside Excel — scorecard-5000.xlsx.").waitFor({ timeout: 60000 });
  await pane.getByRole("button", { name: "Find scorecard on this sheet" }).click();
  await pane.getByRole("button", { name: "Preview" }).click({ timeout: 60000 });
  await pane.getByText(/^[\d,]+ cells will change\.$/).waitFor({ timeout: 60000 });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function pageOpenRows(runs = 5): Promise<Row[]> {
  const preview = await openPreviewBrowser();
  if (!preview) return [];
  const { browser, origin } = preview;
  const bytes = Buffer.from(generateWorkbook({ sheets: [{ name: "Scorecard", rows: scorecardRows(MEASURES, { targetOnEveryRow: true }) }] }));
  const samples: number[] = [];
  try {
    for (let i = 0; i <= runs; i++) {
      const page = await browser.newPage();
      const ms = await openAndPlan(page, origin, bytes);
      if (i > 0) samples.push(ms); // the first is the warm-up
      await page.close();
    }
  } finally {
    await preview.close();
  }
  const ms = median(samples);
  return [
    {
      name: `Open and plan a ${MEASURES.toLocaleString("en-GB")}-measure workbook in the page (headless Chromium)`,
      measured: `${ms.toFixed(0)} ms (median of ${runs})`,
      baseline: "2 s",
      ratio: ms / GOAL_MS,
      limit: 1,
    },
  ];
}
