/* global window -- evaluated in the page */
// Browser test: serves dist/ on loopback, opens the preview in the system's Chromium (playwright-core, never a
// downloaded browser) and checks the pane and the sample grid render with no outside requests.
// Without Chromium it says so and skips, except under CI=true, where that is a failure.
import { mkdirSync, readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import path from "node:path";
import { OUT, ROOT, accessible, checks, chromiumOrSkip, launch, serveDist } from "./harness.mjs";

const executablePath = chromiumOrSkip();
const served = await serveDist();
const { origin } = served;
const launched = await launch(executablePath);
const browser = launched.context;
const { check, finish } = checks();

try {
  const page = await browser.newPage();
  const outside = [];
  const pageErrors = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith("data:")) outside.push(request.url());
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  // Every file the page asks for is served. Chromium's own requests (the icon) raise no response event, only this.
  const missing = [];
  page.on("console", (message) => message.text().startsWith("Failed to load resource") && missing.push(`${message.text()} (${message.location().url})`));
  const blocked = [];
  page.on("console", (message) => message.text().includes("Content Security Policy") && blocked.push(message.text()));
  console.log(`preview.html in ${executablePath}`);
  await page.goto(`${origin}/preview.html`);

  await check("shows the outside-Excel marker", async () => {
    await page.getByText("Outside Excel — sample workbook.").waitFor({ timeout: 20000 });
  });
  await check("renders the sample scorecard grid", async () => {
    const grid = page.getByRole("table", { name: "Sheet Scorecard" });
    await grid.waitFor({ timeout: 20000 });
    await grid.getByText("Residential admissions for 65+ age band (total admissions year to date)").waitFor();
    await grid.getByText("86.90%").first().waitFor();
    await grid.getByText("<530").waitFor();
  });
  await check("renders the task pane beside it", async () => {
    const pane = page.getByRole("main", { name: "Committee Scorecard" });
    await pane.getByRole("heading", { name: "Committee Scorecard" }).waitFor({ timeout: 20000 });
    await pane.getByRole("button", { name: "Find scorecard on this sheet" }).waitFor({ timeout: 20000 });
  });
  await check("the first screen has no serious or critical accessibility violation (axe-core)", async () => {
    await accessible(page, "first");
  });
  await check("lists the registered functions from functions.json", async () => {
    const views = page.getByRole("tablist", { name: "Views" });
    await views.getByRole("tab", { name: "Help" }).click();
    await page.getByText("=SCORECARD.RATE(count, population, [per], [decimals])").waitFor({ timeout: 20000 });
    await accessible(page, "Help");
    await views.getByRole("tab", { name: "Scorecard" }).click();
  });
  await check("detect → rules → preview → apply, with the mouse and the keyboard", async () => {
    const pane = page.getByRole("main", { name: "Committee Scorecard" });
    await pane.getByRole("button", { name: "Find scorecard on this sheet" }).click();
    await pane.getByText("A — Measure").waitFor({ timeout: 20000 });
    await pane.getByText("K — 21-22 year to date").waitFor();
    await accessible(page, "mapping");
    // Keyboard: tick "Explanation of each rating" and press Preview without the mouse.
    await pane.getByRole("checkbox", { name: "Explanation of each rating" }).focus();
    await page.keyboard.press("Space");
    await pane.getByRole("button", { name: "Preview" }).focus();
    await page.keyboard.press("Enter");
    await pane.getByText("L8: (blank) → Green").waitFor({ timeout: 20000 });
    // 6 ratings, plus the Explanation header and 55 explanations: the keyboard ticked the right box.
    await pane.getByText("62 cells will change.").waitFor();
    await accessible(page, "preview");
    const grid = page.getByRole("table", { name: "Sheet Scorecard" });
    if ((await grid.getByText("Green", { exact: true }).count()) !== 0) throw new Error("the preview wrote to the grid before Apply");
    await pane.getByRole("button", { name: "Apply to the workbook" }).click();
    await pane.getByRole("list", { name: "Areas for highlighting" }).waitFor({ timeout: 20000 });
    // The data checks include the ASCOF label check, loaded in its own chunk when the pane first plans.
    await pane.getByText(/The label says ASCOF 1F, but its words describe 1G/).waitFor({ timeout: 20000 });
    await accessible(page, "summary");
    const green = grid.getByText("Green", { exact: true }).first();
    await green.waitFor({ timeout: 20000 });
    const fill = await green.evaluate((cell) => window.getComputedStyle(cell).backgroundColor);
    if (fill !== "rgb(198, 239, 206)") throw new Error(`the Green cell's fill is ${fill}, not the conditional format's`);
    const red = grid.getByText("Red", { exact: true }).first();
    const redFill = await red.evaluate((cell) => window.getComputedStyle(cell).backgroundColor);
    if (redFill !== "rgb(255, 199, 206)") throw new Error(`the Red cell's fill is ${redFill}`);
    await grid.getByText("Red: 55.5% is 19.5 percentage points below the target of 75% (high is good; tolerance 5%).").waitFor();
  });
  mkdirSync(OUT, { recursive: true });
  // Scroll the grid to the RAG column so the picture shows the ratings and their fills.
  await page.getByRole("table", { name: "Sheet Scorecard" }).getByText("Red", { exact: true }).first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(OUT, "preview-applied.png") });
  await check("a second refresh reports no changes", async () => {
    const pane = page.getByRole("main", { name: "Committee Scorecard" });
    await pane.getByRole("button", { name: "Refresh scorecards" }).click();
    await pane.getByText("No changes").waitFor({ timeout: 20000 });
  });
  await check("Undo last apply puts the ratings and their colours back as they were", async () => {
    const pane = page.getByRole("main", { name: "Committee Scorecard" });
    await pane.getByRole("button", { name: "Undo last apply" }).click();
    await pane.getByText(/^Undone: 62 cells put back as they were, their colour rules taken away/).waitFor({ timeout: 20000 });
    const grid = page.getByRole("table", { name: "Sheet Scorecard" });
    await grid.getByText("Green", { exact: true }).first().waitFor({ state: "detached", timeout: 20000 });
    if ((await grid.getByText("Red: 55.5% is 19.5 percentage points below the target of 75% (high is good; tolerance 5%).").count()) !== 0) throw new Error("an explanation is still in the grid");
  });
  await check("the Timeline view finds the milestones and draws the Gantt chart (loaded lazily)", async () => {
    await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Timeline", exact: true }).click();
    const pane = page.getByRole("main", { name: "Committee Scorecard" });
    await pane.getByRole("tablist", { name: "Views" }).getByRole("tab", { name: "Timeline" }).click();
    await pane.getByRole("button", { name: "Find milestone table on this sheet" }).click();
    await pane.getByRole("list", { name: "Stages", exact: true }).getByText(/\+1,097 days/).waitFor({ timeout: 20000 });
    const chart = pane.getByRole("figure", { name: "Baseline and forecast by stage" });
    await chart.waitFor({ timeout: 20000 });
    await chart.scrollIntoViewIfNeeded();
    const stages = chart.getByRole("list", { name: "Stages by date" }).getByRole("listitem");
    if ((await stages.count()) !== 8) throw new Error(`the Gantt chart drew ${await stages.count()} stages`);
    // Every stage named in full (two began "Tend…" before), and the sheet's report date (B2) in the key.
    for (const name of ["Tender documents finalised", "Tender live"]) if (!(await chart.getByText(name, { exact: true }).isVisible())) throw new Error(`"${name}" is not shown in full`);
    await chart.getByText("Report date, 23 June 2025").waitFor();
    const bars = await chart.getByRole("img").count();
    if (bars < 15) throw new Error(`the Gantt chart drew ${bars} bars`);
    await accessible(page, "Timeline");
    await page.screenshot({ path: path.join(OUT, "preview-timeline.png") });
  });
  await check("the Funding view reads the tracker and draws its chart", async () => {
    await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Funding", exact: true }).click();
    const pane = page.getByRole("main", { name: "Committee Scorecard" });
    await pane.getByRole("tablist", { name: "Views" }).getByRole("tab", { name: "Funding" }).click();
    await pane.getByRole("button", { name: "Find funding table on this sheet" }).click();
    await pane.getByRole("list", { name: "Streams", exact: true }).waitFor({ timeout: 20000 });
    const chart = pane.getByRole("figure", { name: "Allocation, spent and expected by now, by stream" });
    await chart.waitFor({ timeout: 20000 });
    await chart.scrollIntoViewIfNeeded();
    const streams = chart.getByRole("list", { name: "Streams by amount" }).getByRole("listitem");
    if ((await streams.count()) !== 12) throw new Error(`the funding chart drew ${await streams.count()} streams`);
    await chart.getByText("Workforce Recruitment and Retention Fund (Round 2)", { exact: true }).waitFor();
    await chart.getByRole("img", { name: "Allocation: £5,320,292" }).waitFor();
    // The whole key is visible, not folded into "+1 more".
    for (const key of ["Allocation", "Spent", "Expected by now"]) if (!(await chart.getByRole("list", { name: "Key" }).getByText(key, { exact: true }).isVisible())) throw new Error(`the key "${key}" is hidden`);
    await page.screenshot({ path: path.join(OUT, "preview-funding.png") });
    await accessible(page, "Funding");
  });
  await check("the Rates view flags the 65+ prior year-end's implied population", async () => {
    await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Scorecard", exact: true }).click();
    const pane = page.getByRole("main", { name: "Committee Scorecard" });
    await pane.getByRole("tablist", { name: "Views" }).getByRole("tab", { name: "Rates" }).click();
    await pane.getByRole("button", { name: "Suggest count and rate pairs on this sheet" }).click();
    await pane.getByRole("checkbox", { name: /Row 8 → row 9/ }).check();
    await pane.getByText("Year end 2020-2021: 88,247 — differs from the other periods").waitFor({ timeout: 20000 });
    await accessible(page, "Rates");
  });
  await check("the Report tab downloads the committee paper as Word: the first Red, repeating headers, en-GB", async () => {
    const pane = page.getByRole("main", { name: "Committee Scorecard" });
    await pane.getByRole("tablist", { name: "Views" }).getByRole("tab", { name: "Report" }).click();
    await pane.getByRole("button", { name: "Read the report from this workbook" }).click();
    const list = pane.getByRole("list", { name: "Areas for highlighting" });
    await list.waitFor({ timeout: 20000 });
    // The sample's one Red: 75% target − 55.5% = 19.5 points below.
    await list.getByRole("listitem").first().getByText(/^Red: Percentage of clients who have received long term support for 12 months/).waitFor();
    await accessible(page, "Report");
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30000 }), pane.getByRole("button", { name: "Download committee report" }).click()]);
    const name = download.suggestedFilename();
    if (name !== "Adult Social Care Performance Scorecard – Quarter 3 2021-22.docx") throw new Error(`the paper is named "${name}"`);
    const saved = await download.path();
    if (!saved) throw new Error(`the download failed: ${await download.failure()}`);
    const files = unzipSync(new Uint8Array(readFileSync(saved)));
    if (!files["word/document.xml"]) throw new Error(`not a Word package: ${Object.keys(files).join(", ")}`);
    const documentXml = strFromU8(files["word/document.xml"]);
    const measure = "Percentage of clients who have received long term support for 12 months continuously that have been reviewed in the last 12 months - snapshot position at end of quarter";
    if (!documentXml.includes(measure)) throw new Error("the paper does not name the first Red measure");
    if (!documentXml.includes("Red: 55.5% is 19.5 percentage points below the target of 75%")) throw new Error("the paper does not explain the first Red");
    if (!documentXml.includes("<w:tblHeader/>")) throw new Error("no table header row repeats (w:tblHeader)");
    // The language is set once, in the document defaults in word/styles.xml, so every run in document.xml takes it.
    const styles = strFromU8(files["word/styles.xml"] ?? new Uint8Array());
    if (!/<w:docDefaults>[\s\S]*<w:lang w:val="en-GB"\/>[\s\S]*<\/w:docDefaults>/.test(styles)) throw new Error("the paper is not marked en-GB");
    await pane.getByText(/^Saved "Adult Social Care Performance Scorecard – Quarter 3 2021-22.docx"/).waitFor({ timeout: 20000 });
  });
  await check("makes no request outside its own origin, finds every file it asks for and throws no page error", async () => {
    if (outside.length > 0) throw new Error(`requests outside the origin: ${outside.join(", ")}`);
    if (pageErrors.length > 0) throw new Error(`page errors: ${pageErrors.join("; ")}`);
    if (missing.length > 0) throw new Error(`not served: ${missing.join(", ")}`);
  });
  await check("loads no office.js, so its Content-Security-Policy has nothing to block", async () => {
    if (blocked.length > 0) throw new Error(`blocked by the CSP: ${blocked.join("; ")}`);
    if (await page.evaluate(() => "Office" in window)) throw new Error("the preview loaded office.js");
  });
  console.log(`screenshot: ${path.relative(ROOT, path.join(OUT, "preview-applied.png"))}`);
} finally {
  await launched.close();
  served.close();
}
finish();
