/**
 * The workbook's styles part, read for number formats and conditional-format fills, and added to (never
 * rewritten) when a change needs a number format a cell lacks or a colour rule needs a fill. Additions reuse an
 * identical existing entry, so a second refresh adds nothing.
 */
import { escapeXml, qualify, scanXml, splice, type Edit } from "./xml";

/** Excel's built-in number formats, by id (ECMA-376 §18.8.30). */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?",
  13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
  20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

export interface DxfColours {
  readonly fill: string | null;
  readonly fontColor: string | null;
}

interface Section {
  /** Where the section's children end (insert point), or -1 when the section is absent. */
  closeAt: number;
  /** The start tag's [start, openEnd), to update its count attribute. */
  openStart: number;
  openEnd: number;
  selfClosing: boolean;
}

const SECTION_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

export class Styles {
  private readonly numFmts = new Map<number, string>();
  private readonly xfs: { numFmtId: number; xml: string }[] = [];
  private readonly dxfs: { colours: DxfColours; xml: string }[] = [];
  private readonly sections = new Map<string, Section>();
  private readonly added = { numFmts: [] as string[], cellXfs: [] as string[], dxfs: [] as string[] };
  private prefix = "";
  private rootClose = -1;

  constructor(private readonly xml: string) {
    let inSection: string | null = null;
    let xfStart = -1;
    let dxf: { start: number; fill: string | null; font: string | null; in: "fill" | "font" | null } | null = null;
    scanXml(xml, {
      open: (tag) => {
        if (tag.depth === 0) this.prefix = tag.prefix;
        if (tag.depth === 1) {
          inSection = tag.name;
          this.sections.set(tag.name, { closeAt: -1, openStart: tag.start, openEnd: tag.openEnd, selfClosing: tag.selfClosing });
        }
        if (inSection === "numFmts" && tag.name === "numFmt") this.numFmts.set(Number(tag.attributes.numFmtId), tag.attributes.formatCode ?? "");
        if (inSection === "cellXfs" && tag.name === "xf" && tag.depth === 2) {
          xfStart = tag.start;
          this.xfs.push({ numFmtId: Number(tag.attributes.numFmtId ?? 0), xml: "" });
        }
        if (inSection === "dxfs" && tag.depth === 2 && tag.name === "dxf") dxf = { start: tag.start, fill: null, font: null, in: null };
        if (dxf) {
          if (tag.name === "fill") dxf.in = "fill";
          if (tag.name === "font") dxf.in = "font";
          const rgb = tag.attributes.rgb;
          if (tag.name === "bgColor" && dxf.in === "fill" && rgb) dxf.fill = `#${rgb.slice(-6).toUpperCase()}`;
          if (tag.name === "fgColor" && dxf.in === "fill" && rgb && !dxf.fill) dxf.fill = `#${rgb.slice(-6).toUpperCase()}`;
          if (tag.name === "color" && dxf.in === "font" && rgb) dxf.font = `#${rgb.slice(-6).toUpperCase()}`;
        }
      },
      close: (tag) => {
        if (tag.depth === 0) this.rootClose = tag.start;
        if (tag.depth === 1 && inSection) {
          const section = this.sections.get(inSection);
          if (section) section.closeAt = section.selfClosing ? -1 : tag.start;
          inSection = null;
        }
        if (tag.depth === 2 && tag.name === "xf" && xfStart >= 0) {
          this.xfs[this.xfs.length - 1].xml = xml.slice(xfStart, tag.end);
          xfStart = -1;
        }
        if (tag.depth === 2 && tag.name === "dxf" && dxf) {
          this.dxfs.push({ colours: { fill: dxf.fill, fontColor: dxf.font }, xml: xml.slice(dxf.start, tag.end) });
          dxf = null;
        }
      },
    });
  }

  numberFormatOf(styleIndex: number): string {
    const id = this.xfs[styleIndex]?.numFmtId ?? 0;
    return this.numFmts.get(id) ?? BUILT_IN[id] ?? "General";
  }

  dxfColours(index: number): DxfColours | null {
    return this.dxfs[index]?.colours ?? null;
  }

  /** A cell style like `baseIndex` but with number format `code`: an existing one if identical, else a new one. */
  styleWithNumberFormat(baseIndex: number, code: string): number {
    if (this.numberFormatOf(baseIndex) === code) return baseIndex;
    const id = this.numberFormatId(code);
    const base = this.xfs[baseIndex]?.xml || `<${qualify(this.prefix, "xf")} numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    let xf = /\snumFmtId="[^"]*"/.test(base) ? base.replace(/\snumFmtId="[^"]*"/, ` numFmtId="${id}"`) : base.replace(/^<([\w:]+)/, `<$1 numFmtId="${id}"`);
    xf = /\sapplyNumberFormat="[^"]*"/.test(xf) ? xf.replace(/\sapplyNumberFormat="[^"]*"/, ' applyNumberFormat="1"') : xf.replace(/^<([\w:]+)/, '<$1 applyNumberFormat="1"');
    const existing = this.xfs.findIndex((entry) => entry.xml === xf);
    if (existing >= 0) return existing;
    this.xfs.push({ numFmtId: id, xml: xf });
    this.added.cellXfs.push(xf);
    return this.xfs.length - 1;
  }

  /** A cell style like `baseIndex` but wrapping its text, aligned to the top: an existing one if identical, else a new one. */
  styleWithWrap(baseIndex: number): number {
    const base = this.xfs[baseIndex]?.xml || `<${qualify(this.prefix, "xf")} numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    if (/wrapText="(1|true)"/.test(base)) return baseIndex;
    const alignment = `<${qualify(this.prefix, "alignment")} vertical="top" wrapText="1"/>`;
    const open = /\sapplyAlignment="[^"]*"/.test(base) ? base.replace(/\sapplyAlignment="[^"]*"/, ' applyAlignment="1"') : base.replace(/^<([\w:]+)/, '<$1 applyAlignment="1"');
    // A base with an alignment of its own keeps its other settings; one without gains the element.
    const xf = /<([\w:]*)alignment\b[^>]*\/>/.test(open)
      ? open.replace(/<([\w:]*)alignment\b([^>]*)\/>/, (_, p: string, attrs: string) => `<${p}alignment${attrs.replace(/\s(wrapText|vertical)="[^"]*"/g, "")} vertical="top" wrapText="1"/>`)
      : /\/>$/.test(open)
        ? open.replace(/\s*\/>$/, `>${alignment}</${qualify(this.prefix, "xf")}>`)
        : open.replace(/(<\/[\w:]*xf>)$/, `${alignment}$1`);
    const existing = this.xfs.findIndex((entry) => entry.xml === xf);
    if (existing >= 0) return existing;
    this.xfs.push({ numFmtId: this.xfs[baseIndex]?.numFmtId ?? 0, xml: xf });
    this.added.cellXfs.push(xf);
    return this.xfs.length - 1;
  }

  /** A differential format with a solid fill and font colour ("#C6EFCE", "#006100"), reused if one matches. */
  dxfFor(fill: string, fontColor: string): number {
    const existing = this.dxfs.findIndex((d) => d.colours.fill === fill.toUpperCase() && d.colours.fontColor === fontColor.toUpperCase());
    if (existing >= 0) return existing;
    const q = (name: string) => qualify(this.prefix, name);
    const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
    const xml = `<${q("dxf")}><${q("font")}><${q("color")} rgb="${argb(fontColor)}"/></${q("font")}><${q("fill")}><${q("patternFill")} patternType="solid"><${q("bgColor")} rgb="${argb(fill)}"/></${q("patternFill")}></${q("fill")}></${q("dxf")}>`;
    this.dxfs.push({ colours: { fill: fill.toUpperCase(), fontColor: fontColor.toUpperCase() }, xml });
    this.added.dxfs.push(xml);
    return this.dxfs.length - 1;
  }

  private numberFormatId(code: string): number {
    for (const [id, builtIn] of Object.entries(BUILT_IN)) if (builtIn === code) return Number(id);
    for (const [id, custom] of this.numFmts) if (custom === code) return id;
    let id = 164;
    for (const existing of this.numFmts.keys()) if (existing >= id) id = existing + 1;
    this.numFmts.set(id, code);
    this.added.numFmts.push(`<${qualify(this.prefix, "numFmt")} numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  hasAdditions(): boolean {
    return this.added.numFmts.length + this.added.cellXfs.length + this.added.dxfs.length > 0;
  }

  /** The styles part with the additions appended to their sections (counts updated), or created in order. */
  toXml(): string {
    const edits: Edit[] = [];
    for (const name of ["numFmts", "cellXfs", "dxfs"] as const) {
      const additions = this.added[name];
      if (additions.length === 0) continue;
      const section = this.sections.get(name);
      const tag = qualify(this.prefix, name);
      if (section && !section.selfClosing && section.closeAt >= 0) {
        const open = this.xml.slice(section.openStart, section.openEnd);
        const total = this.countOf(name);
        const opened = /\scount="\d+"/.test(open) ? open.replace(/\scount="\d+"/, ` count="${total}"`) : open.replace(/>$/, ` count="${total}">`);
        edits.push({ start: section.openStart, end: section.openEnd, insert: opened });
        edits.push({ start: section.closeAt, end: section.closeAt, insert: additions.join("") });
      } else if (section) {
        edits.push({ start: section.openStart, end: section.openEnd, insert: `<${tag} count="${this.countOf(name)}">${additions.join("")}</${tag}>` });
      } else {
        const at = this.insertPoint(name);
        edits.push({ start: at, end: at, insert: `<${tag} count="${this.countOf(name)}">${additions.join("")}</${tag}>` });
      }
    }
    return splice(this.xml, edits);
  }

  private countOf(name: "numFmts" | "cellXfs" | "dxfs"): number {
    if (name === "numFmts") return this.numFmts.size; // the file's own formats and the ones added
    return name === "cellXfs" ? this.xfs.length : this.dxfs.length;
  }

  /** Where a missing section goes: before the first later section present, else before the root's end. */
  private insertPoint(name: string): number {
    for (const later of SECTION_ORDER.slice(SECTION_ORDER.indexOf(name) + 1)) {
      const section = this.sections.get(later);
      if (section) return section.openStart;
    }
    return this.rootClose;
  }
}
