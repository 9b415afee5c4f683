// The page as a web app, with no add-in: a council workbook that is not the sample (charts, a pivot, merged
// headings across the RAG column, VBA-free and macro-enabled alike) opened through the file picker, rated,
// applied and downloaded; the download holds every part outside the planned cells byte for byte. Files the page
// cannot read get the command line's plain words. Then the network goes, and the page still opens, rates and
// applies.
import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { tsImport } from "tsx/esm/api";
import { checks, chromiumOrSkip, launch, serveDist } from "./harness.mjs";

const helpers = await tsImport("../helpers/councilWorkbook.ts", import.meta.url);
const { openXlsx } = await tsImport("../../src/adapters/xlsx/loadWorkbook.ts", import.meta.url);
const { changedCells, snapshotCells } = await tsImport("../helpers/sampleWorkbook.ts", import.meta.url);

const executablePath = chromiumOrSkip();
const served = await serveDist();
const { origin } = served;
const launched = await launch(executablePath);
const { check, finish } = checks();
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Chooses a file in the page's own picker, as the analyst does: the button opens the chooser. */
async function openThroughPicker(page, name, buffer) {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Open a workbook…" }).click()]);
  await chooser.setFiles({ name, mimeType: XLSX, buffer: Buffer.from(buffer) });
}

/** Find → Preview → Apply on the active sheet with the default rules; the plan lists the six cells it writes. */
async function rateAndApply(page) {
  const pane = page.getByRole("main", { name: "Committee Scorecard" });
  await pane.getByRole("button", { name: "Find scorecard on this sheet" }).click();
  await pane.getByText("K — 21-22 year to date").waitFor({ timeout: 30000 });
  await pane.getByRole("button", { name: "Preview" }).click();
  // By hand: the six measures with a polarity, a target and a year to date (rows 6, 8, 13, 17, 23, 25).
  await pane.getByText("6 cells will change.").waitFor({ timeout: 30000 });
  for (const cell of ["L6", "L8", "L13", "L17", "L23", "L25"]) await pane.getByText(new RegExp(`^${cell}: \\(blank\\) → `)).waitFor();
  await pane.getByRole("button", { name: "Apply to the workbook" }).click();
  await pane.getByRole("list", { name: "Areas for highlighting" }).waitFor({ timeout: 30000 });
}

async function download(page) {
  const [saved] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save a copy" }).click()]);
  return { name: saved.suggestedFilename(), bytes: new Uint8Array(readFileSync(await saved.path())) };
}

const text = (bytes) => Buffer.from(bytes).toString("utf8");
const same = (x, y) => x.length === y.length && x.every((v, i) => v === y[i]);
/** The sheet XML without sheetData's rows and without the colour rules a refresh adds. */
const outsideCells = (xml) => xml.replace(/<(\w+:)?sheetData>[\s\S]*<\/(\w+:)?sheetData>/, "").replace(/<(\w+:)?conditionalFormatting sqref="[^"]*"><(\w+:)?cfRule type="beginsWith"[\s\S]*?<\/(\w+:)?conditionalFormatting>/g, "");
const rowsOf = (xml) => new Map([...xml.matchAll(/<(?:\w+:)?row r="(\d+)"[\s\S]*?<\/(?:\w+:)?row>/g)].map((m) => [Number(m[1]), m[0]]));

/** The download against its input: only the parts a refresh owns differ, and in the sheet only the planned cells. */
async function assertLossless(input, output) {
  const [a, b] = [unzipSync(input), unzipSync(output)];
  const changed = Object.keys(a).filter((name) => b[name] && !same(a[name], b[name])).sort();
  const removed = Object.keys(a).filter((name) => !b[name]);
  const added = Object.keys(b).filter((name) => !a[name]);
  const expected = ["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"];
  if (JSON.stringify(changed) !== JSON.stringify(expected)) throw new Error(`parts changed: ${changed.join(", ")}`);
  if (JSON.stringify(removed) !== '["xl/calcChain.xml"]') throw new Error(`parts removed: ${removed.join(", ")}`);
  // The "Scorecard history" sheet (a changing Apply records its ratings) and the settings sheet.
  if (JSON.stringify(added) !== '["xl/worksheets/sheet3.xml","xl/worksheets/sheet4.xml"]') throw new Error(`parts added: ${added.join(", ")}`);
  for (const name of Object.keys(a)) if (!expected.includes(name) && name !== "xl/calcChain.xml" && !same(a[name], b[name])) throw new Error(`${name} is not byte-identical`);
  const [oldSheet, newSheet] = [text(a["xl/worksheets/sheet1.xml"]), text(b["xl/worksheets/sheet1.xml"])];
  if (outsideCells(newSheet) !== outsideCells(oldSheet)) throw new Error("the scorecard sheet changed outside its cells and colour rules");
  const planned = new Set([6, 8, 13, 17, 23, 25]);
  const [oldRows, newRows] = [rowsOf(oldSheet), rowsOf(newSheet)];
  for (const [row, xml] of oldRows) if (!planned.has(row) && newRows.get(row) !== xml) throw new Error(`row ${row}, which nothing was planned in, changed`);
  if (newSheet.includes('r="L5"')) throw new Error("the merged heading across the RAG column was written into");
  const cells = changedCells(await snapshotCells(await openXlsx(input)), await snapshotCells(await openXlsx(output))).filter((cell) => !cell.startsWith("ScorecardSettings!") && !cell.startsWith("Scorecard history!"));
  if (JSON.stringify(cells) !== JSON.stringify(helpers.COUNCIL_PLANNED)) throw new Error(`cells changed: ${cells.join(", ")}`);
}

try {
  const page = await launched.context.newPage();
  const outside = [];
  page.on("request", (request) => !request.url().startsWith(origin) && !request.url().startsWith("data:") && !request.url().startsWith("blob:") && outside.push(request.url()));
  const blocked = [];
  page.on("console", (message) => message.text().includes("Content Security Policy") && blocked.push(message.text()));
  console.log(`preview.html as a web app in ${executablePath}`);
  await page.goto(`${origin}/preview.html`);
  await page.getByText("never leaves this machine").waitFor({ timeout: 30000 });

  await check("opens a council workbook through the file picker, applies, and downloads a copy lossless outside the planned cells", async () => {
    const input = helpers.councilWorkbookBytes();
    await openThroughPicker(page, "council-q3.xlsx", input);
    await page.getByText("Outside Excel — council-q3.xlsx.").waitFor({ timeout: 30000 });
    await page.getByRole("table", { name: "Sheet Scorecard" }).getByText("Benchmarking/ ASCOF Indicators").waitFor({ timeout: 30000 });
    await rateAndApply(page);
    const saved = await download(page);
    if (saved.name !== "council-q3.refreshed.xlsx") throw new Error(`downloaded as ${saved.name}`);
    await assertLossless(input, saved.bytes);
  });

  await check("a macro-enabled workbook downloads as .xlsm with its VBA byte for byte", async () => {
    const input = helpers.councilWorkbookBytes(true);
    await openThroughPicker(page, "council-q3.xlsm", input);
    await page.getByText("Outside Excel — council-q3.xlsm.").waitFor({ timeout: 30000 });
    await rateAndApply(page);
    const saved = await download(page);
    if (saved.name !== "council-q3.refreshed.xlsm") throw new Error(`downloaded as ${saved.name}`);
    if (!same(unzipSync(saved.bytes)["xl/vbaProject.bin"], unzipSync(input)["xl/vbaProject.bin"])) throw new Error("the VBA project changed");
  });

  await check("refuses an encrypted workbook, an .xls and a zip bomb in the command line's words, keeping the open workbook", async () => {
    const cases = [
      ["locked.xlsx", helpers.encryptedWorkbookBytes(), "locked.xlsx is encrypted (password-protected). Open it in Excel, remove the password (File > Info > Protect Workbook), save, and try again."],
      ["old.xls", helpers.xlsWorkbookBytes(), "old.xls is an Excel 97-2003 .xls workbook. Open it in Excel and save it as .xlsx."],
      ["bomb.xlsx", helpers.zipBombBytes(), 'bomb.xlsx: The part xl/sharedStrings.xml is compressed more than 200 to 1, as a "zip bomb" is; it is refused as unsafe to open.'],
    ];
    for (const [name, bytes, message] of cases) {
      await openThroughPicker(page, name, bytes);
      const note = page.getByText(`Could not open ${name}`);
      await note.waitFor({ timeout: 30000 });
      const shown = await page.locator(".fui-MessageBar", { has: note }).innerText();
      if (!shown.includes(message)) throw new Error(`for ${name} the page says: ${shown}`);
      // The workbook already open stays open.
      await page.getByText("Outside Excel — council-q3.xlsm.").waitFor();
    }
  });

  await check("the service worker controls the page, and never the add-in's taskpane.html", async () => {
    const active = await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active));
    if (!active) throw new Error("no active service worker");
    const taskpane = await launched.context.newPage();
    await taskpane.goto(`${origin}/taskpane.html`, { waitUntil: "domcontentloaded" });
    const controlled = await taskpane.evaluate(() => navigator.serviceWorker.controller !== null);
    await taskpane.close();
    if (controlled) throw new Error("taskpane.html is controlled by the preview's service worker");
  });

  await check("offline: reload with no network, open a file, apply and download", async () => {
    await launched.context.setOffline(true);
    served.setOnline(false);
    await page.reload();
    await page.getByText("Outside Excel — sample workbook.").waitFor({ timeout: 30000 });
    const input = helpers.councilWorkbookBytes();
    await openThroughPicker(page, "council-offline.xlsx", input);
    await page.getByText("Outside Excel — council-offline.xlsx.").waitFor({ timeout: 30000 });
    await rateAndApply(page);
    const saved = await download(page);
    await assertLossless(input, saved.bytes);
    // The other views' lazily loaded code came from the cache too.
    const pane = page.getByRole("main", { name: "Committee Scorecard" });
    for (const view of ["Rates", "Funding", "Timeline", "Help"]) {
      await pane.getByRole("tablist", { name: "Views" }).getByRole("tab", { name: view }).click();
      const shown = view === "Help" ? pane.getByText("=SCORECARD.RATE(count, population, [per], [decimals])") : pane.getByRole("region", { name: view });
      await shown.waitFor({ timeout: 30000 });
    }
    served.setOnline(true);
    await launched.context.setOffline(false);
  });

  await check("nothing leaves the page's origin and its Content-Security-Policy refuses nothing", async () => {
    if (outside.length > 0) throw new Error(`requests outside the origin: ${outside.join(", ")}`);
    if (blocked.length > 0) throw new Error(`blocked by the CSP: ${blocked.join("; ")}`);
  });
} finally {
  await launched.close();
  served.close();
}
finish();
