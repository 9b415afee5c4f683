/** The shared-strings part: each <si> as its plain text (rich-text runs joined; phonetic guides left out). */
import { scanXml } from "./xml";

export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let inPhonetic = false;
  scanXml(xml, {
    open(tag) {
      if (tag.name === "si") current = [];
      else if (tag.name === "rPh") inPhonetic = true;
      else if (tag.name === "t" && current && !inPhonetic) inText = !tag.selfClosing;
    },
    text(text) {
      if (inText && current) current.push(text);
    },
    close(tag) {
      if (tag.name === "t") inText = false;
      else if (tag.name === "rPh") inPhonetic = false;
      else if (tag.name === "si" && current) {
        strings.push(current.join(""));
        current = null;
      }
    },
  });
  return strings;
}
