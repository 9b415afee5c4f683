/**
 * Reads one worksheet part in a single pass: the cells that exist (memory grows with them, not with the sheet's
 * dimension), merged ranges, text-colour rules and protection, plus where each row and top-level element sits in
 * the XML so the editor can change exactly the planned cells.
 */
import type { CellRange, CellValue, TextFillRule } from "../../../engine/sheet/workbook";
import { parseRange } from "../../../engine/sheet/address";
import { shiftFormula } from "./cellRef";
import { cellPosition, rowIndex } from "./gridLimits";
import { formulaFromFile } from "./customFunctionNames";
import type { Styles } from "./styles";
import { finishGrids } from "./sheetGrids";
import { scanXml } from "./xml";

export interface RowSpan {
  readonly start: number;
  readonly openEnd: number;
  readonly end: number;
  readonly selfClosing: boolean;
}

export interface SharedFormula {
  readonly row: number;
  readonly column: number;
  readonly text: string;
  readonly ref: string;
}

export interface ParsedSheet {
  readonly xml: string;
  /** The prefix the part uses for SpreadsheetML elements ("" or, from the Open XML SDK, "x"). */
  readonly prefix: string;
  readonly rows: ReadonlyMap<number, RowSpan>;
  /** sheetData's start tag and where its children end; selfClosing for <sheetData/>. */
  readonly sheetData: { readonly start: number; readonly openEnd: number; readonly closeAt: number; readonly selfClosing: boolean };
  /** The worksheet's child elements in order, by local name and start. */
  readonly children: readonly { readonly name: string; readonly start: number }[];
  readonly rootClose: number;
  readonly values: CellValue[][];
  readonly numberFormats: string[][];
  readonly formulas: (string | null)[][];
  readonly merges: CellRange[];
  readonly textFills: TextFillRule[];
  /** Each <conditionalFormatting> that is one begins-with rule, as the add-in writes them: what an undo removes. */
  readonly fillElements: readonly FillElement[];
  readonly isProtected: boolean;
  readonly maxPriority: number;
  readonly sharedFormulas: ReadonlyMap<string, SharedFormula>;
}

export interface FillElement {
  readonly fill: TextFillRule;
  readonly start: number;
  readonly end: number;
}

export function readSheetXml(sheetName: string, xml: string, sharedStrings: readonly string[], styles: Styles): ParsedSheet {
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const formulas: (string | null)[][] = [];
  const rows = new Map<number, RowSpan>();
  const children: { name: string; start: number }[] = [];
  const merges: CellRange[] = [];
  const textFills: TextFillRule[] = [];
  const fillElements: FillElement[] = [];
  // The <conditionalFormatting> being read: where it starts, and its begins-with rules.
  let formatting: { start: number; rules: number; fills: TextFillRule[] } | null = null;
  const sharedFormulas = new Map<string, SharedFormula>();
  const sharedDependents: { row: number; column: number; si: string }[] = [];
  let prefix = "";
  let rootClose = -1;
  let sheetData = { start: -1, openEnd: -1, closeAt: -1, selfClosing: false };
  let isProtected = false;
  let maxPriority = 0;

  let row = -1;
  let rowStart = { start: 0, openEnd: 0, selfClosing: false };
  let nextColumn = 0;
  // The cell being read: one record, reused from cell to cell (a sheet of 50,000 rows has 600,000 cells).
  const cell = { column: 0, type: "n", style: 0, value: "", formula: "", formulaAttrs: null as Record<string, string> | null, inline: "" };
  let inCell = false;
  let collecting: "v" | "f" | "t" | null = null;
  let inPhonetic = false;
  let cfRange: string | null = null;
  let rule: { type: string; text: string | undefined; dxf: number } | null = null;

  const put = (r: number, c: number, value: CellValue, format: string, formula: string | null) => {
    let valueRow = values[r];
    if (!valueRow) {
      valueRow = values[r] = [];
      numberFormats[r] = [];
    }
    valueRow[c] = value;
    numberFormats[r][c] = format;
    // Most rows hold no formula: only a row that does gets a list of them (50,000 empty lists were 9 MB).
    if (formula !== null) (formulas[r] ??= [])[c] = formula;
  };

  scanXml(xml, {
    open(tag) {
      if (tag.depth === 0) prefix = tag.prefix;
      if (tag.depth === 1) children.push({ name: tag.name, start: tag.start });
      switch (tag.name) {
        case "sheetData":
          sheetData = { start: tag.start, openEnd: tag.openEnd, closeAt: tag.selfClosing ? tag.openEnd : -1, selfClosing: tag.selfClosing };
          return;
        case "row":
          row = rowIndex(tag.attributes.r, row);
          rowStart = { start: tag.start, openEnd: tag.openEnd, selfClosing: tag.selfClosing };
          nextColumn = 0;
          return;
        case "c": {
          const { r, t, s } = tag.attributes;
          const at = cellPosition(r, nextColumn);
          const column = at.column;
          if (at.row !== null && at.row !== row) row = at.row;
          nextColumn = column + 1;
          inCell = true;
          cell.column = column;
          cell.type = t ?? "n";
          cell.style = s ? Number(s) : 0;
          cell.value = "";
          cell.formula = "";
          cell.formulaAttrs = null;
          cell.inline = "";
          return;
        }
        case "v":
          if (inCell) collecting = "v";
          return;
        case "f":
          if (inCell) {
            collecting = "f";
            cell.formulaAttrs = { ...tag.attributes };
          }
          return;
        case "rPh":
          inPhonetic = true;
          return;
        case "t":
          if (inCell && !inPhonetic) collecting = "t";
          return;
        case "mergeCell": {
          const range = parseRange(tag.attributes.ref ?? "", sheetName);
          if (range) merges.push(range);
          return;
        }
        case "sheetProtection":
          isProtected = tag.attributes.sheet === "1" || tag.attributes.sheet === "true";
          return;
        case "conditionalFormatting":
          cfRange = tag.attributes.sqref ?? null;
          formatting = { start: tag.start, rules: 0, fills: [] };
          return;
        case "cfRule": {
          const priority = Number(tag.attributes.priority ?? 0);
          if (priority > maxPriority) maxPriority = priority;
          rule = { type: tag.attributes.type ?? "", text: tag.attributes.text, dxf: Number(tag.attributes.dxfId ?? -1) };
          if (formatting) formatting.rules++;
          return;
        }
      }
    },
    text(text) {
      if (!inCell || collecting === null) return;
      if (collecting === "v") cell.value += text;
      else if (collecting === "f") cell.formula += text;
      else cell.inline += text;
    },
    close(tag) {
      if (tag.depth === 0) rootClose = tag.start;
      switch (tag.name) {
        case "v":
        case "f":
        case "t":
          collecting = null;
          return;
        case "rPh":
          inPhonetic = false;
          return;
        case "sheetData":
          if (!sheetData.selfClosing) sheetData = { ...sheetData, closeAt: tag.start };
          return;
        case "row":
          rows.set(row, { start: rowStart.start, openEnd: rowStart.openEnd, end: tag.end, selfClosing: rowStart.selfClosing });
          return;
        case "c": {
          if (!inCell) return;
          const value = cellValue(cell.type, cell.value, cell.inline, sharedStrings);
          let formula: string | null = null;
          const attrs = cell.formulaAttrs;
          if (attrs) {
            if (attrs.t === "shared" && attrs.si !== undefined) {
              if (cell.formula) sharedFormulas.set(attrs.si, { row, column: cell.column, text: cell.formula, ref: attrs.ref ?? "" });
              else sharedDependents.push({ row, column: cell.column, si: attrs.si });
            }
            if (cell.formula) formula = `=${formulaFromFile(cell.formula)}`;
          }
          if (value !== null || attrs || cell.style !== 0) put(row, cell.column, value, styles.numberFormatOf(cell.style), formula);
          inCell = false;
          return;
        }
        case "cfRule":
          // Only the add-in's own rule (begins with): a "contains" rule colours other cells, so it is not one.
          if (rule && cfRange && rule.type === "beginsWith" && rule.text) {
            const colours = styles.dxfColours(rule.dxf);
            for (const part of cfRange.split(/\s+/)) {
              const range = parseRange(part, sheetName);
              if (!range || !colours?.fill) continue;
              const fill = { range, text: rule.text, fill: colours.fill, fontColor: colours.fontColor ?? "#000000" };
              textFills.push(fill);
              formatting?.fills.push(fill);
            }
          }
          rule = null;
          return;
        case "conditionalFormatting":
          if (formatting && formatting.rules === 1 && formatting.fills.length === 1) fillElements.push({ fill: formatting.fills[0], start: formatting.start, end: tag.end });
          formatting = null;
          cfRange = null;
          return;
      }
    },
  });

  // A dependent of a shared formula reads as the master's formula moved to its own cell.
  for (const dependent of sharedDependents) {
    const master = sharedFormulas.get(dependent.si);
    if (master) (formulas[dependent.row] ??= [])[dependent.column] = `=${formulaFromFile(shiftFormula(master.text, dependent.row - master.row, dependent.column - master.column))}`;
  }
  finishGrids(values, numberFormats, formulas, merges);
  return { xml, prefix, rows, sheetData, children, rootClose, values, numberFormats, formulas, merges, textFills, fillElements, isProtected, maxPriority, sharedFormulas };
}

/** A number as XML Schema writes one (what a <v> holds): no hex, no "Infinity", no padding. */
const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

function cellValue(type: string, raw: string, inline: string, sharedStrings: readonly string[]): CellValue {
  switch (type) {
    case "s": {
      const text = sharedStrings[Number(raw)];
      return text === undefined || text === "" ? null : text;
    }
    case "inlineStr":
      return inline === "" ? null : inline;
    case "str":
      return raw === "" ? null : raw;
    case "b":
      return raw === "1" || raw === "true";
    case "e":
      return raw || null;
    default: {
      if (raw === "") return null;
      // Excel reads a <v> as a number only when it is a finite decimal figure: "1e309", "NaN", "INF" and "0x1A"
      // are text (JavaScript's Number would take "0x1A" as 26 and "1e309" as Infinity).
      const number = Number(raw);
      return Number.isFinite(number) && DECIMAL.test(raw) ? number : raw;
    }
  }
}
