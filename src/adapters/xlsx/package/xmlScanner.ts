/**
 * A strict, single-pass XML scanner for package parts. Strict where XML is: tags must match, there is one root,
 * only the five predefined entities and character references exist, and a DOCTYPE (which no Open XML part has,
 * and which could declare entities that make a cell read differently from how Excel shows it) is refused.
 * Its stack of open elements is kept by depth, so the time is linear in the text at any nesting depth.
 */

/** Why a part is not XML the add-in will read; the caller names the part. */
export class XmlError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "XmlError";
  }
}

export interface RawScanHandlers {
  /** `qualified` as written; `selfClosing` for <x/>; start is "<", openEnd just past ">". */
  open(qualified: string, attributes: Record<string, string>, start: number, openEnd: number, selfClosing: boolean, depth: number): void;
  /** For a self-closing element, start and end are its start tag's. */
  close(qualified: string, start: number, end: number, depth: number): void;
  text?(text: string): void;
}

const PREDEFINED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const ENTITY = /&([^;&<\s]*);?/g;

/** Text with its entity and character references replaced; any other "&" is an error. */
export function decodeXmlText(raw: string, at: number): string {
  if (raw.indexOf("&") < 0) return raw;
  return raw.replace(ENTITY, (match: string, name: string, offset: number) => {
    if (!match.endsWith(";")) throw new XmlError(`a bare "&" at character ${at + offset}`);
    const named = PREDEFINED[name];
    if (named !== undefined) return named;
    const code = /^#x[0-9a-fA-F]{1,6}$/.test(name) ? parseInt(name.slice(2), 16) : /^#[0-9]{1,7}$/.test(name) ? parseInt(name.slice(1), 10) : -1;
    if (code < 0) throw new XmlError(`the entity &${name}; at character ${at + offset}, which XML does not define (only &amp; &lt; &gt; &quot; &apos;)`);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw new XmlError(`the character reference &${name}; at character ${at + offset}, which is no character`);
    return String.fromCodePoint(code);
  });
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/** Index of the first character at or after `i` that ends a name (space, "/", ">", "=", or the end). */
function nameEnd(xml: string, i: number): number {
  for (; i < xml.length; i++) {
    const code = xml.charCodeAt(i);
    if (isSpace(code) || code === 47 || code === 62 || code === 61 || code === 60) return i;
  }
  return i;
}

function hasAmpersand(xml: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (xml.charCodeAt(i) === 38) return true;
  return false;
}

function skipSpace(xml: string, i: number): number {
  while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
  return i;
}

function find(xml: string, what: string, from: number, opened: number, kind: string): number {
  const at = xml.indexOf(what, from);
  if (at < 0) throw new XmlError(`the XML ends inside a ${kind} opened at character ${opened}`);
  return at;
}

/** Reads `xml` once, calling the handlers in document order; anything not well-formed throws an XmlError. */
export function scanXmlStrict(xml: string, handlers: RawScanHandlers): void {
  const names: string[] = [];
  const starts: number[] = [];
  let depth = -1;
  let rootSeen = false;
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const { open, close, text } = handlers;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) {
      if (depth >= 0) {
        if (text) text(decodeXmlText(xml.slice(i, textEnd), i));
        else if (hasAmpersand(xml, i, textEnd)) decodeXmlText(xml.slice(i, textEnd), i); // checked, though unread
      } else if (skipSpace(xml, i) < textEnd) throw new XmlError(`text outside the root element at character ${i}`);
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 63) {
      // <?…?>: the declaration (first only) or a processing instruction.
      const end = find(xml, "?>", lt + 2, lt, "processing instruction");
      if (xml.startsWith("<?xml", lt) && isSpace(xml.charCodeAt(lt + 5)) && lt > (xml.charCodeAt(0) === 0xfeff ? 1 : 0)) throw new XmlError(`an XML declaration at character ${lt}, not at the start`);
      i = end + 2;
    } else if (next === 33) {
      if (xml.startsWith("<!--", lt)) i = find(xml, "-->", lt + 4, lt, "comment") + 3;
      else if (xml.startsWith("<![CDATA[", lt)) {
        if (depth < 0) throw new XmlError(`a CDATA section outside the root element at character ${lt}`);
        const end = find(xml, "]]>", lt + 9, lt, "CDATA section");
        if (text) text(xml.slice(lt + 9, end));
        i = end + 3;
      } else if (xml.startsWith("<!DOCTYPE", lt)) throw new XmlError(`a DOCTYPE at character ${lt}: no Open XML part has one, and it could define entities that change how cells read`);
      else throw new XmlError(`an unknown declaration "${xml.slice(lt, lt + 12)}" at character ${lt}`);
    } else if (next === 47) {
      const nameStop = nameEnd(xml, lt + 2);
      const name = xml.slice(lt + 2, nameStop);
      const gt = skipSpace(xml, nameStop);
      if (xml.charCodeAt(gt) !== 62) throw new XmlError(`a malformed end tag </${name} at character ${lt}`);
      if (depth < 0) throw new XmlError(`an unexpected </${name}> at character ${lt}`);
      if (names[depth] !== name) throw new XmlError(`<${names[depth]}> (opened at character ${starts[depth]}) closed by </${name}> at character ${lt}`);
      close(name, lt, gt + 1, depth);
      depth--;
      i = gt + 1;
    } else {
      const nameStop = nameEnd(xml, lt + 1);
      const name = xml.slice(lt + 1, nameStop);
      if (name === "") throw new XmlError(`a "<" that starts no tag at character ${lt}`);
      if (depth < 0 && rootSeen) throw new XmlError(`a second root element <${name}> at character ${lt}`);
      // No prototype: an attribute called "__proto__" or "constructor" is only an attribute.
      const attributes = Object.create(null) as Record<string, string>;
      let at = nameStop;
      let selfClosing = false;
      for (;;) {
        const before = at;
        at = skipSpace(xml, at);
        const code = xml.charCodeAt(at);
        if (code === 62) break;
        if (code === 47 && xml.charCodeAt(at + 1) === 62) {
          selfClosing = true;
          at++;
          break;
        }
        if (at >= xml.length) throw new XmlError(`the XML ends inside the tag <${name}> at character ${lt}`);
        if (at === before) throw new XmlError(`no space before an attribute in <${name}> at character ${at}`);
        const attributeStop = nameEnd(xml, at);
        const attribute = xml.slice(at, attributeStop);
        at = skipSpace(xml, attributeStop);
        if (attribute === "" || xml.charCodeAt(at) !== 61) throw new XmlError(`a malformed attribute in <${name}> at character ${at}`);
        at = skipSpace(xml, at + 1);
        const quote = xml.charCodeAt(at);
        if (quote !== 34 && quote !== 39) throw new XmlError(`an unquoted attribute value in <${name}> at character ${at}`);
        const close = xml.indexOf(quote === 34 ? '"' : "'", at + 1);
        if (close < 0) throw new XmlError(`the XML ends inside an attribute of <${name}> at character ${at}`);
        const raw = xml.slice(at + 1, close);
        if (raw.indexOf("<") >= 0) throw new XmlError(`a "<" inside an attribute of <${name}> at character ${at}`);
        if (attributes[attribute] !== undefined) throw new XmlError(`the attribute ${attribute} twice in <${name}> at character ${lt}`);
        attributes[attribute] = decodeXmlText(raw, at + 1);
        at = close + 1;
      }
      depth++;
      rootSeen = true;
      names[depth] = name;
      starts[depth] = lt;
      open(name, attributes, lt, at + 1, selfClosing, depth);
      if (selfClosing) {
        close(name, lt, at + 1, depth);
        depth--;
      }
      i = at + 1;
    }
  }
  if (depth >= 0) throw new XmlError(`the XML ends inside <${names[depth]}> opened at character ${starts[depth]}`);
  if (!rootSeen) throw new XmlError("there is no root element");
}
