/**
 * A worksheet copied inside the package, as Excel's "Move or Copy… > Create a copy" does for the parts a scorecard
 * has: a new sheet part with the old one's XML (its cells, styles, merges, colour rules, column widths), its
 * relationships (hyperlinks; printer settings copied as a part of their own), a content type, and an entry at the
 * end of the workbook's sheets. Every existing part keeps its bytes but the three lists that name parts.
 * Parts a copy would have to duplicate and renumber (drawings, charts, comments, tables, pivots) are refused with
 * a plain message rather than shared between two sheets, which Excel would repair.
 */
import { addRelationship, readRelationships, relsPathOf, REL_TYPE, setContentTypeOverride, WORKSHEET_CONTENT_TYPE } from "./relationships";
import { appendSheet, type WorkbookInfo } from "./workbookPart";
import { scanXml } from "./xml";
import type { ZipPackage } from "./zipPackage";

/** Relationship types a copy carries: external links as they are, printer settings as a copied part. */
export const PRINTER_SETTINGS = "printerSettings";

/** What stops a sheet being copied here, in words ("a drawing (charts, pictures or shapes)"), or null. */
export function uncopiable(pkg: ZipPackage, part: string): string | null {
  const kinds = new Set<string>();
  for (const rel of readRelationships(pkg, part)) {
    if (rel.external || rel.type === PRINTER_SETTINGS) continue;
    kinds.add(KIND_WORDS[rel.type] ?? `a part of type "${rel.type}"`);
  }
  return kinds.size === 0 ? null : [...kinds].join(", ");
}

const KIND_WORDS: Readonly<Record<string, string>> = {
  drawing: "a drawing (charts, pictures or shapes)",
  vmlDrawing: "notes or form controls",
  comments: "notes",
  threadedComment: "threaded comments",
  table: "an Excel table",
  pivotTable: "a pivot table",
};

function freePart(pkg: ZipPackage, folder: string, stem: string, extension: string): string {
  let n = 1;
  while (pkg.has(`${folder}/${stem}${n}.${extension}`)) n++;
  return `${folder}/${stem}${n}.${extension}`;
}

/**
 * Copies `source` (a worksheet part) as a new sheet called `name`, appended after every other sheet (so no
 * sheet-scoped defined name changes its sheet). The caller checks the name and calls `uncopiable` first.
 */
export function copySheetPart(pkg: ZipPackage, info: WorkbookInfo, source: string, name: string): void {
  const part = freePart(pkg, "xl/worksheets", "sheet", "xml");
  // Only one tab is selected: a second would open the two sheets grouped, and typing into one would change both.
  const xml = (pkg.text(source) ?? "").replace(/\stabSelected="(1|true)"/, "");
  pkg.setText(part, xml);
  setContentTypeOverride(pkg, part, WORKSHEET_CONTENT_TYPE);
  let rels = pkg.text(relsPathOf(source));
  if (rels !== undefined) {
    for (const rel of readRelationships(pkg, source)) {
      if (rel.type !== PRINTER_SETTINGS || rel.external) continue;
      const extension = rel.target.slice(rel.target.lastIndexOf(".") + 1);
      const copy = freePart(pkg, rel.target.slice(0, rel.target.lastIndexOf("/")), "printerSettings", extension);
      const bytes = pkg.bytes(rel.target);
      if (bytes) pkg.setBytes(copy, bytes);
      rels = rels.replace(`Target="${targetAsWritten(rels, rel.id)}"`, `Target="${relativeFromSheet(copy)}"`);
    }
    pkg.setText(relsPathOf(part), rels);
  }
  const id = addRelationship(pkg, info.part, REL_TYPE.worksheet, part);
  appendSheet(pkg, info, name, id, "visible");
}

/** A relationship's Target attribute as the part writes it (relative, "../printerSettings/printerSettings1.bin"). */
function targetAsWritten(rels: string, id: string): string {
  let target = "";
  scanXml(rels, {
    open(tag) {
      if (tag.name === "Relationship" && tag.attributes.Id === id) target = tag.attributes.Target ?? "";
    },
  });
  return target;
}

function relativeFromSheet(target: string): string {
  return target.startsWith("xl/") ? `../${target.slice(3)}` : `/${target}`;
}
