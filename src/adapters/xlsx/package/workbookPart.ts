/**
 * The workbook part: its sheets (name, state, part found through the workbook's relationships), the active tab,
 * and the two changes the add-in makes to it: a new sheet appended to <sheets>, and a full calculation on load
 * when it has written formulas.
 */
import { PackageError } from "./packageError";
import type { ZipPackage } from "./zipPackage";
import { readRelationships, type Relationship } from "./relationships";
import { checkSheetNames, conformanceOf, isTrue, NAMESPACES, type Conformance } from "./conformance";
import { attributeByLocalName, escapeXml, prefixFor, qualify, scanPart, splice } from "./xml";

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly state: "visible" | "hidden" | "veryHidden";
  /** The worksheet part, or null for a chart sheet or dialog sheet (not a grid of cells). */
  readonly part: string | null;
}

export interface WorkbookInfo {
  readonly part: string;
  readonly sheets: readonly SheetEntry[];
  readonly activeTab: number;
  readonly relationships: readonly Relationship[];
  /** Strict Open XML (purl.oclc.org namespaces) or transitional: a sheet the add-in adds is written in the same. */
  readonly conformance: Conformance;
  /** <workbookProtection lockStructure="1">: Excel adds no sheet to such a workbook, and neither does the add-in. */
  readonly structureLocked: boolean;
  /** <workbookPr date1904="1"/>: dates count from 1904 (Mac-made workbooks). */
  readonly date1904: boolean;
}

/** CT_Workbook's children after <calcPr>, to place a new one (ECMA-376 §18.2.27). */
const AFTER_CALC_PR = ["oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

export function readWorkbook(pkg: ZipPackage, part: string): WorkbookInfo {
  const xml = pkg.text(part) ?? "";
  const relationships = readRelationships(pkg, part);
  const byId = new Map(relationships.map((rel) => [rel.id, rel]));
  const sheets: SheetEntry[] = [];
  let activeTab = 0;
  let conformance: Conformance = "transitional";
  let structureLocked = false;
  let date1904 = false;
  scanPart(part, xml, {
    open(tag) {
      if (tag.depth === 0) conformance = conformanceOf(tag.attributes, tag.prefix);
      if (tag.name === "workbookProtection") structureLocked = isTrue(tag.attributes.lockStructure);
      if (tag.name === "sheet") {
        const rel = byId.get(attributeByLocalName(tag.attributes, "id") ?? "");
        const state = tag.attributes.state === "hidden" || tag.attributes.state === "veryHidden" ? tag.attributes.state : "visible";
        sheets.push({ name: tag.attributes.name ?? "", sheetId: Number(tag.attributes.sheetId ?? 0), state, part: rel && rel.type === "worksheet" && pkg.has(rel.target) ? rel.target : null });
      }
      if (tag.name === "workbookView" && tag.attributes.activeTab) activeTab = Number(tag.attributes.activeTab);
      if (tag.name === "workbookPr") date1904 = isTrue(tag.attributes.date1904);
    },
  });
  if (sheets.length === 0) throw new PackageError("malformed", "This workbook lists no sheets.");
  checkSheetNames(sheets);
  return { part, sheets, activeTab, relationships, conformance, structureLocked, date1904 };
}

/** Appends <sheet name=… sheetId=… r:id=…/> to <sheets>, with the prefixes the part already uses. */
export function appendSheet(pkg: ZipPackage, info: WorkbookInfo, name: string, relationshipId: string, state: SheetEntry["state"]): void {
  const xml = pkg.text(info.part) ?? "";
  const relationshipsNs = NAMESPACES[info.conformance].relationships;
  let rootPrefix = "";
  let relPrefix: string | null = null;
  let sheetsClose = -1;
  scanPart(info.part, xml, {
    open(tag) {
      if (tag.depth === 0) {
        rootPrefix = tag.prefix;
        relPrefix = prefixFor(tag.attributes, relationshipsNs);
      }
    },
    close(tag) {
      if (tag.name === "sheets") sheetsClose = tag.start;
    },
  });
  if (sheetsClose < 0) throw new PackageError("malformed", "The workbook part has no <sheets> list to add a sheet to.");
  let sheetId = 1;
  for (const sheet of info.sheets) if (sheet.sheetId >= sheetId) sheetId = sheet.sheetId + 1;
  // r:id with the prefix the workbook binds to the relationships namespace, or one declared on the element.
  const prefix = relPrefix as string | null;
  const idAttribute = prefix ? `${prefix}:id="${relationshipId}"` : `xmlns:sr="${relationshipsNs}" sr:id="${relationshipId}"`;
  const stateAttribute = state === "visible" ? "" : ` state="${state}"`;
  const element = `<${qualify(rootPrefix, "sheet")} name="${escapeXml(name)}" sheetId="${sheetId}"${stateAttribute} ${idAttribute}/>`;
  pkg.setText(info.part, splice(xml, [{ start: sheetsClose, end: sheetsClose, insert: element }]));
}

/** Asks Excel to recalculate on opening (formulas were written without cached results). */
export function requestFullCalculation(pkg: ZipPackage, part: string): void {
  const xml = pkg.text(part) ?? "";
  let rootPrefix = "";
  let calcPr: { start: number; openEnd: number } | null = null;
  const children: { name: string; start: number }[] = [];
  let rootClose = -1;
  scanPart(part, xml, {
    open(tag) {
      if (tag.depth === 0) rootPrefix = tag.prefix;
      if (tag.depth === 1) children.push({ name: tag.name, start: tag.start });
      if (tag.depth === 1 && tag.name === "calcPr") calcPr = { start: tag.start, openEnd: tag.openEnd };
    },
    close(tag) {
      if (tag.depth === 0) rootClose = tag.start;
    },
  });
  const found = calcPr as { start: number; openEnd: number } | null;
  if (found) {
    const open = xml.slice(found.start, found.openEnd);
    if (/\sfullCalcOnLoad="(1|true)"/.test(open)) return;
    const updated = /\sfullCalcOnLoad="[^"]*"/.test(open) ? open.replace(/\sfullCalcOnLoad="[^"]*"/, ' fullCalcOnLoad="1"') : open.replace(/^(<[\w:]+)/, '$1 fullCalcOnLoad="1"');
    pkg.setText(part, splice(xml, [{ start: found.start, end: found.openEnd, insert: updated }]));
    return;
  }
  const next = children.find((child) => AFTER_CALC_PR.includes(child.name));
  const at = next ? next.start : rootClose;
  pkg.setText(part, splice(xml, [{ start: at, end: at, insert: `<${qualify(rootPrefix, "calcPr")} fullCalcOnLoad="1"/>` }]));
}
