/**
 * Taking a sheet out of the package: the one way for both removals the add-in makes, a plan's `deleteSheets` (the
 * undo of adding the committee summary) and `removeSheet` (the undo of "Start next financial year"). Its <sheet>
 * entry goes, with the names local to it (the later sheets' local names move down one, as Excel moves them); so do
 * its relationship and content type, its part, and the parts only it names that the add-in made with it (its
 * relationships part, a copied printer-settings part). Every other part keeps its bytes.
 */
import { PRINTER_SETTINGS } from "./copySheet";
import { readRelationships, relsPathOf, removeRelationshipsTo, setContentTypeOverride } from "./relationships";
import type { WorkbookInfo } from "./workbookPart";
import { scanXml, splice, type Edit } from "./xml";
import type { ZipPackage } from "./zipPackage";

/** Takes the sheet called `name` out; a problem, in words, when there is no such sheet (nothing is changed then). */
export function removeSheetPart(pkg: ZipPackage, info: WorkbookInfo, name: string): string | null {
  const index = info.sheets.findIndex((s) => s.name === name);
  const entry = info.sheets[index];
  if (!entry?.part) return `there is no sheet called "${name}".`;
  removeSheetEntry(pkg, info, index);
  for (const rel of readRelationships(pkg, entry.part)) if (rel.type === PRINTER_SETTINGS && !rel.external) pkg.remove(rel.target);
  pkg.remove(relsPathOf(entry.part));
  pkg.remove(entry.part);
  removeRelationshipsTo(pkg, info.part, entry.part);
  setContentTypeOverride(pkg, entry.part, null);
  return null;
}

/**
 * Why the undo of a new year leaves its sheet where it is: a defined name scoped to that sheet (a print area or a
 * name the analyst made on it since), which removing the sheet would take out. Names scoped to later sheets do not
 * stop it: removeSheetEntry moves them down one with their sheets, as Excel does. Null otherwise, and when there is
 * no such sheet (removeSheetPart says so).
 */
export function namesScopedTo(pkg: ZipPackage, info: WorkbookInfo, name: string): string | null {
  const index = info.sheets.findIndex((s) => s.name === name);
  if (!info.sheets[index]?.part) return null;
  let scoped = false;
  scanXml(pkg.text(info.part) ?? "", {
    open(tag) {
      // Excel's own hidden name for a sheet's autofilter goes with the filter: it is not the analyst's.
      if (tag.name === "definedName" && Number(tag.attributes.localSheetId) === index && tag.attributes.name !== "_xlnm._FilterDatabase") scoped = true;
    },
  });
  return scoped ? `the workbook has names scoped to "${name}" (a print area or a name made on it), which deleting it would lose.` : null;
}

/**
 * Takes the sheet at `sheetIndex` out of the workbook part: its <sheet> entry, the names local to it, and the later
 * sheets' local names moved down one; the active and first-shown tabs move to the first sheet if they were this one or later.
 */
function removeSheetEntry(pkg: ZipPackage, info: WorkbookInfo, sheetIndex: number): void {
  const xml = pkg.text(info.part) ?? "";
  const edits: Edit[] = [];
  let sheetCount = -1;
  // The start tag of the <sheet> or <definedName> open now: its close gives where the element ends.
  let opened: { start: number; openEnd: number; local: number | null } | null = null;
  // The names' edits, held until the list closes: a list left empty is taken out whole.
  let nameEdits: Edit[] = [];
  let names = 0;
  let namesRemoved = 0;
  let listStart = -1;
  scanXml(xml, {
    open(tag) {
      if (tag.name === "definedNames" && tag.depth === 1) listStart = tag.start;
      if ((tag.name === "sheet" && tag.depth === 2) || tag.name === "definedName") {
        opened = { start: tag.start, openEnd: tag.openEnd, local: tag.attributes.localSheetId === undefined ? null : Number(tag.attributes.localSheetId) };
      }
      // The active tab and the first tab shown move to the first sheet if they were this one or later.
      if (tag.name === "workbookView") {
        let view = xml.slice(tag.start, tag.openEnd);
        for (const attribute of ["activeTab", "firstSheet"]) {
          const at = tag.attributes[attribute];
          if (at !== undefined && Number(at) >= sheetIndex) view = view.replace(new RegExp(`\\s${attribute}=("|')\\d+\\1`), ` ${attribute}="0"`);
        }
        if (view !== xml.slice(tag.start, tag.openEnd)) edits.push({ start: tag.start, end: tag.openEnd, insert: view });
      }
    },
    close(tag) {
      if (tag.name === "definedNames" && tag.depth === 1) {
        for (const edit of names > 0 && names === namesRemoved ? [{ start: listStart, end: tag.end, insert: "" }] : nameEdits) edits.push(edit);
        nameEdits = [];
        return;
      }
      const element = opened as { start: number; openEnd: number; local: number | null } | null;
      if (!element) return;
      if (tag.name === "sheet" && tag.depth === 2) {
        sheetCount++;
        if (sheetCount === sheetIndex) edits.push({ start: element.start, end: tag.end, insert: "" });
      } else if (tag.name === "definedName") {
        names++;
        if (element.local === sheetIndex) {
          namesRemoved++;
          nameEdits.push({ start: element.start, end: tag.end, insert: "" });
        } else if (element.local !== null && element.local > sheetIndex) {
          nameEdits.push({ start: element.start, end: element.openEnd, insert: xml.slice(element.start, element.openEnd).replace(/\slocalSheetId=("|')\d+\1/, ` localSheetId="${element.local - 1}"`) });
        }
      } else return;
      opened = null;
    },
  });
  pkg.setText(info.part, splice(xml, edits));
}
