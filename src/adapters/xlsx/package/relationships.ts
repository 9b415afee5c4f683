/**
 * Open Packaging Conventions plumbing: each part's relationships (found by reading `_rels/*.rels`, never by
 * guessing names such as sheet1.xml), the workbook part found from the package's root relationships, and
 * [Content_Types].xml overrides for parts the add-in adds or drops.
 */
import { escapeXml, qualify, scanPart, splice, type Edit } from "./xml";
import type { ZipPackage } from "./zipPackage";
import { PackageError } from "./packageError";

export interface Relationship {
  readonly id: string;
  /** The type's last segment: "worksheet", "styles", "sharedStrings", "calcChain"… */
  readonly type: string;
  readonly fullType: string;
  /** Package path of the target, without a leading slash ("xl/worksheets/sheet1.xml"). */
  readonly target: string;
  readonly external: boolean;
}

export const REL_TYPE = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
} as const;
export const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const WORKSHEET_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of its source part. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = sourcePart.slice(0, sourcePart.lastIndexOf("/") + 1).split("/").filter(Boolean);
  for (const segment of target.split("/")) {
    if (segment === "..") base.pop();
    else if (segment !== "." && segment !== "") base.push(segment);
  }
  return base.join("/");
}

export function readRelationships(pkg: ZipPackage, sourcePart: string): Relationship[] {
  const xml = pkg.text(relsPathOf(sourcePart));
  if (xml === undefined) return [];
  const relationships: Relationship[] = [];
  scanPart(relsPathOf(sourcePart), xml, {
    open(tag) {
      if (tag.name !== "Relationship") return;
      const { Id: id, Type: fullType = "", Target: target = "", TargetMode: mode } = tag.attributes;
      const external = mode === "External";
      if (!external && target.includes("\\")) {
        throw new PackageError("malformed", `The part ${relsPathOf(sourcePart)} points to "${target}", with a "\\" where package paths have "/"; the part it means cannot be found. Open the workbook in Excel and save it again.`);
      }
      relationships.push({ id, fullType, type: fullType.slice(fullType.lastIndexOf("/") + 1), target: external ? target : resolveTarget(sourcePart, target), external });
    },
  });
  return relationships;
}

/** The workbook part ("xl/workbook.xml" usually, but whatever the root relationship names). */
export function workbookPartOf(pkg: ZipPackage): string {
  const root = readRelationships(pkg, "").find((rel) => rel.type === "officeDocument");
  if (!root || !pkg.has(root.target)) throw new PackageError("malformed", "This file is a zip package but not an Excel workbook (it has no workbook part).");
  return root.target;
}

/** Adds a relationship from `sourcePart` and returns its new id. */
export function addRelationship(pkg: ZipPackage, sourcePart: string, fullType: string, target: string): string {
  const path = relsPathOf(sourcePart);
  const xml = pkg.text(path) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const ids = new Set<string>();
  let rootPrefix = "";
  let closeAt = -1;
  scanPart(path, xml, {
    open(tag) {
      if (tag.name === "Relationship") ids.add(tag.attributes.Id);
      if (tag.depth === 0) rootPrefix = tag.prefix;
    },
    close(tag) {
      if (tag.depth === 0) closeAt = tag.start;
    },
  });
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const relativeTarget = relativeTo(sourcePart, target);
  const element = `<${qualify(rootPrefix, "Relationship")} Id="${id}" Type="${escapeXml(fullType)}" Target="${escapeXml(relativeTarget)}"/>`;
  pkg.setText(path, insertBeforeRootClose(xml, closeAt, element, rootPrefix, "Relationships"));
  return id;
}

/** Removes relationships of `sourcePart` whose target is `target`. */
export function removeRelationshipsTo(pkg: ZipPackage, sourcePart: string, target: string): void {
  const path = relsPathOf(sourcePart);
  const xml = pkg.text(path);
  if (xml === undefined) return;
  const edits: Edit[] = [];
  let pending: { start: number; matches: boolean } | null = null;
  scanPart(path, xml, {
    open(tag) {
      if (tag.name === "Relationship") pending = { start: tag.start, matches: tag.attributes.TargetMode !== "External" && resolveTarget(sourcePart, tag.attributes.Target ?? "") === target };
    },
    close(tag) {
      if (tag.name === "Relationship" && pending) {
        if (pending.matches) edits.push({ start: pending.start, end: tag.end, insert: "" });
        pending = null;
      }
    },
  });
  if (edits.length > 0) pkg.setText(path, splice(xml, edits));
}

/** Adds or removes a content-type override for a part ("/xl/worksheets/sheet9.xml"). */
export function setContentTypeOverride(pkg: ZipPackage, part: string, contentType: string | null): void {
  const xml = pkg.text("[Content_Types].xml");
  if (xml === undefined) throw new PackageError("malformed", "This workbook has no [Content_Types].xml part.");
  const partName = `/${part}`;
  const edits: Edit[] = [];
  let rootPrefix = "";
  let closeAt = -1;
  let current: { start: number; matches: boolean } | null = null;
  scanPart("[Content_Types].xml", xml, {
    open(tag) {
      if (tag.depth === 0) rootPrefix = tag.prefix;
      if (tag.name === "Override") current = { start: tag.start, matches: (tag.attributes.PartName ?? "").toLowerCase() === partName.toLowerCase() };
    },
    close(tag) {
      if (tag.depth === 0) closeAt = tag.start;
      if (tag.name === "Override" && current) {
        if (current.matches) edits.push({ start: current.start, end: tag.end, insert: "" });
        current = null;
      }
    },
  });
  let updated = edits.length > 0 ? splice(xml, edits) : xml;
  if (contentType !== null) {
    const removed = edits.reduce((total, edit) => total + (edit.end - edit.start), 0);
    const element = `<${qualify(rootPrefix, "Override")} PartName="${escapeXml(partName)}" ContentType="${escapeXml(contentType)}"/>`;
    updated = insertBeforeRootClose(updated, closeAt - removed, element, rootPrefix, "Types");
  }
  if (updated !== xml) pkg.setText("[Content_Types].xml", updated);
}

function insertBeforeRootClose(xml: string, closeAt: number, element: string, prefix: string, rootName: string): string {
  if (closeAt < 0) throw new PackageError("malformed", `A package part has no closing </${rootName}>.`);
  // A self-closing root (<Relationships/>) is opened up first.
  if (xml.charCodeAt(closeAt) === 60 && xml.slice(closeAt, closeAt + 2) !== "</") {
    const end = xml.indexOf("/>", closeAt);
    return `${xml.slice(0, end)}>${element}</${qualify(prefix, rootName)}>${xml.slice(end + 2)}`;
  }
  return `${xml.slice(0, closeAt)}${element}${xml.slice(closeAt)}`;
}

function relativeTo(sourcePart: string, target: string): string {
  const from = sourcePart.slice(0, sourcePart.lastIndexOf("/") + 1);
  return target.startsWith(from) ? target.slice(from.length) : `/${target}`;
}
