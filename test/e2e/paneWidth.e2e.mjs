/* global document, window -- evaluated in the page */
// The pane at Excel's widths: every view and every message at 320 px and 360 px, with the pane never scrolling
// sideways (scrollWidth ≤ clientWidth) and every button inside it; axe-core on each view, and the charts' marks
// at 3:1 against their background (WCAG 1.4.11), which axe does not check, measured here.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { OUT, accessible, checks, chromiumOrSkip, launch, serveDist } from "./harness.mjs";

const executablePath = chromiumOrSkip();
const served = await serveDist();
const launched = await launch(executablePath);
const { check, finish } = checks();

/** The pane's width set as Excel's pane would be. */
const setPaneWidth = (page, width) => page.evaluate((w) => (document.querySelector("[data-pane]").style.width = `${w}px`), width);

/** Throws when the pane scrolls sideways or a button sticks out of it, naming the widest offender. */
async function fits(page, what) {
  const report = await page.evaluate(() => {
    const pane = document.querySelector("[data-pane]");
    const edge = pane.getBoundingClientRect().right;
    const outside = [...pane.querySelectorAll("button, select, [role=img], .fui-MessageBar")]
      .filter((element) => element.getBoundingClientRect().right > edge + 0.5)
      .map((element) => `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute("aria-label") || "").slice(0, 60)}"`);
    return { scrollWidth: pane.scrollWidth, clientWidth: pane.clientWidth, outside };
  });
  if (report.scrollWidth > report.clientWidth) throw new Error(`${what}: the pane scrolls sideways (scrollWidth ${report.scrollWidth} > clientWidth ${report.clientWidth}); past its edge: ${report.outside.join(", ") || "(no button or message)"}`);
  if (report.outside.length > 0) throw new Error(`${what}: past the pane's edge: ${report.outside.join(", ")}`);
}

/** Every chart mark (a bar named for screen readers) against the nearest opaque background behind it: ≥ 3:1, ≥ 3 px. */
async function chartMarksContrast(page, what) {
  const problems = await page.evaluate(() => {
    const rgb = (text) => (text.match(/[\d.]+/g) || []).map(Number);
    const luminance = ([r, g, b]) => {
      const c = [r, g, b].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const behind = (element) => {
      for (let node = element.parentElement; node; node = node.parentElement) {
        const colour = rgb(window.getComputedStyle(node).backgroundColor);
        if (colour.length === 3 || (colour.length === 4 && colour[3] === 1)) return colour.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const found = [];
    for (const mark of document.querySelectorAll("[data-pane] figure [role=img]")) {
      const style = window.getComputedStyle(mark);
      const colour = rgb(style.backgroundColor).slice(0, 3);
      const [a, b] = [luminance(colour), luminance(behind(mark))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      const box = mark.getBoundingClientRect();
      if (ratio < 3) found.push(`"${mark.getAttribute("aria-label")}" ${style.backgroundColor}: ${ratio.toFixed(2)}:1`);
      if (box.height < 3 || (box.width > 0 && box.width < 3)) found.push(`"${mark.getAttribute("aria-label")}" is ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px`);
    }
    return found;
  });
  if (problems.length > 0) throw new Error(`${what}: chart marks under 3:1 or 3 px:\n${problems.join("\n")}`);
  await accessible(page, `${what} chart`, { selector: "[data-pane] figure", rules: ["color-contrast"] });
}

async function everyView(page, width) {
  const pane = page.getByRole("main", { name: "Committee Scorecard" });
  const views = pane.getByRole("tablist", { name: "Views" });
  const sheets = page.getByRole("tablist", { name: "Sheets" });
  const at = (what) => `${what} at ${width} px`;
  await pane.getByRole("button", { name: "Find scorecard on this sheet" }).waitFor({ timeout: 30000 });
  await setPaneWidth(page, width);
  await check(at("the first screen"), () => fits(page, "the first screen"));

  await check(at("Scorecard: mapping, preview, summary, No changes, Undone, and a failed Find"), async () => {
    await pane.getByRole("button", { name: "Find scorecard on this sheet" }).click();
    await pane.getByText("K — 21-22 year to date").waitFor({ timeout: 30000 });
    await fits(page, "the mapping and rules");
    await pane.getByRole("checkbox", { name: "Explanation of each rating" }).check();
    await pane.getByRole("button", { name: "Preview" }).click();
    await pane.getByText("62 cells will change.").waitFor({ timeout: 30000 });
    await fits(page, "the preview");
    await pane.getByRole("button", { name: "Apply to the workbook" }).click();
    await pane.getByRole("list", { name: "Areas for highlighting" }).waitFor({ timeout: 30000 });
    await fits(page, "the summary");
    await accessible(page, at("summary"));
    await pane.getByRole("button", { name: "Refresh scorecards" }).click();
    await pane.getByText("No changes").first().waitFor({ timeout: 30000 });
    await fits(page, "No changes");
    await pane.getByRole("button", { name: "Undo last apply" }).click();
    await pane.getByText(/^Undone: 62 cells put back/).waitFor({ timeout: 30000 });
    await fits(page, "the Undone message");
    // A plan, then a Find on a sheet with no scorecard: the plan's Apply goes, and the title says what happened.
    await pane.getByRole("button", { name: "Find scorecard on this sheet" }).click();
    await pane.getByRole("button", { name: "Preview" }).click();
    await pane.getByRole("button", { name: "Apply to the workbook" }).waitFor({ timeout: 30000 });
    await sheets.getByRole("tab", { name: "Funding", exact: true }).click();
    await pane.getByRole("button", { name: "Find scorecard on this sheet" }).click();
    await pane.getByText("No scorecard table on this sheet").waitFor({ timeout: 30000 });
    if ((await pane.getByRole("button", { name: "Apply to the workbook" }).count()) !== 0) throw new Error("the last plan's Apply is still there after a failed Find");
    if ((await pane.getByText("Nothing was written").count()) !== 0) throw new Error('a Find is titled "Nothing was written"');
    await fits(page, "the failed Find");
    await accessible(page, at("failed Find"));
  });

  await check(at("Timeline: stages, the Gantt chart, Record baseline, and a failed Find"), async () => {
    await sheets.getByRole("tab", { name: "Timeline", exact: true }).click();
    await views.getByRole("tab", { name: "Timeline" }).click();
    await pane.getByRole("button", { name: "Find milestone table on this sheet" }).click();
    const chart = pane.getByRole("figure", { name: "Baseline and forecast by stage" });
    await chart.waitFor({ timeout: 30000 });
    await fits(page, "the Timeline");
    await chartMarksContrast(page, at("the Gantt"));
    await pane.getByRole("button", { name: "Record baseline" }).click();
    await pane.getByText(/^Recorded \d+ stages? as at|^Nothing recorded/).waitFor({ timeout: 30000 });
    await fits(page, "the Record baseline message");
    await accessible(page, at("Timeline"));
    await sheets.getByRole("tab", { name: "Funding", exact: true }).click();
    await pane.getByRole("button", { name: "Find milestone table on this sheet" }).click();
    await pane.getByText("No milestone table on this sheet").waitFor({ timeout: 30000 });
    if ((await chart.count()) !== 0) throw new Error("the last table's Gantt chart is still shown after a failed Find");
    if ((await pane.getByText(/did not finish/).count()) !== 0) throw new Error('"no table here" is titled "… did not finish"');
    await fits(page, "the failed Timeline Find");
  });

  await check(at("Funding: streams, the chart, and a new tracker taking the old results away"), async () => {
    await sheets.getByRole("tab", { name: "Funding", exact: true }).click();
    await views.getByRole("tab", { name: "Funding" }).click();
    await pane.getByRole("button", { name: "Find funding table on this sheet" }).click();
    await pane.getByRole("figure", { name: "Allocation, spent and expected by now, by stream" }).waitFor({ timeout: 30000 });
    await fits(page, "Funding");
    await chartMarksContrast(page, at("the funding chart"));
    await accessible(page, at("Funding"));
    await pane.getByRole("button", { name: "Create a tracker sheet" }).click();
    await pane.getByRole("list", { name: "Streams", exact: true }).waitFor({ state: "detached", timeout: 30000 });
    await fits(page, "a new tracker");
  });

  await check(at("Rates: a preview naming every cell, and Reconcile"), async () => {
    await sheets.getByRole("tab", { name: "Scorecard", exact: true }).click();
    await views.getByRole("tab", { name: "Rates" }).click();
    const measure = pane.getByRole("combobox", { name: "Measure" });
    await measure.click();
    await measure.fill("2C");
    await page.getByRole("option", { name: /^2C \(2023-24\)/ }).click();
    await pane.getByRole("textbox", { name: "Counts (numerator cells)" }).fill("Scorecard!G8:I8");
    await pane.getByRole("textbox", { name: "Population (a cell or a number)" }).fill("Populations!C3");
    await pane.getByRole("textbox", { name: "Write the formula in" }).fill("Scorecard!N8");
    await pane.getByRole("button", { name: "Preview", exact: true }).click();
    // G8:I8 is a row of three counts: N8, O8 and P8.
    await pane.getByText("P8: 503.4").waitFor({ timeout: 30000 });
    await fits(page, "the rate preview");
    await pane.getByRole("button", { name: "Suggest count and rate pairs on this sheet" }).click();
    await pane.getByRole("checkbox", { name: /Row 8 → row 9/ }).check();
    await pane.getByText("Year end 2020-2021: 88,247 — differs from the other periods").waitFor({ timeout: 30000 });
    await fits(page, "Reconcile");
    await accessible(page, at("Rates"));
    await pane.getByRole("textbox", { name: "Write the formula in" }).fill("Nowhere!!");
    await pane.getByRole("button", { name: "Preview", exact: true }).click();
    await pane.locator(".fui-MessageBar").first().waitFor({ timeout: 30000 });
    await fits(page, "a rate error");
  });

  await check(at("Roll forward: the next financial year's preview"), async () => {
    await views.getByRole("tab", { name: "Scorecard" }).click();
    await pane.getByRole("button", { name: "Start next financial year" }).click();
    await pane.getByRole("button", { name: "Preview the new year" }).click();
    await pane.getByText(/year-to-date figures become the year-end outturn/).waitFor({ timeout: 30000 });
    await fits(page, "the roll-forward preview");
  });

  await check(at("Report: the areas for highlighting"), async () => {
    await views.getByRole("tab", { name: "Report" }).click();
    await pane.getByRole("button", { name: "Read the report from this workbook" }).click();
    await pane.getByRole("list", { name: "Areas for highlighting" }).waitFor({ timeout: 30000 });
    await fits(page, "the report");
  });

  await check(at("Help"), async () => {
    await views.getByRole("tab", { name: "Help" }).click();
    await pane.getByText("=SCORECARD.RATE(count, population, [per], [decimals])").waitFor({ timeout: 30000 });
    await fits(page, "Help");
  });
}

try {
  mkdirSync(OUT, { recursive: true });
  for (const width of [320, 360]) {
    const page = await launched.context.newPage();
    await page.goto(`${served.origin}/preview.html`);
    console.log(`the pane at ${width} px`);
    await everyView(page, width);
    await page.screenshot({ path: path.join(OUT, `pane-${width}.png`) });
    await page.close();
  }
} finally {
  await launched.close();
  served.close();
}
finish();
