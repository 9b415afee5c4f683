/**
 * What the workbook part says about the package as a whole: its conformance class (ISO 29500 Strict writes other
 * namespaces and relationship types than Transitional, and a part added in the wrong one is not read by Excel as
 * part of the workbook), whether its structure is locked, and sheet names Excel would not accept.
 */
import { PackageError } from "./packageError";

export type Conformance = "strict" | "transitional";

export const NAMESPACES: Readonly<Record<Conformance, { readonly main: string; readonly relationships: string; readonly worksheetRelationship: string }>> = {
  transitional: {
    main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    worksheetRelationship: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  },
  strict: {
    main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
    relationships: "http://purl.oclc.org/ooxml/officeDocument/relationships",
    worksheetRelationship: "http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet",
  },
};

/** The class of a workbook from its root element: the namespace its own prefix is bound to. */
export function conformanceOf(attributes: Readonly<Record<string, string>>, prefix: string): Conformance {
  const namespace = attributes[prefix ? `xmlns:${prefix}` : "xmlns"];
  return namespace === NAMESPACES.strict.main || attributes.conformance === "strict" ? "strict" : "transitional";
}

export const isTrue = (value: string | undefined): boolean => value === "1" || value === "true";

/** Excel keeps sheet names unique, ignoring case; a workbook that breaks this cannot be read as Excel would. */
export function checkSheetNames(sheets: readonly { readonly name: string }[]): void {
  const seen = new Map<string, string>();
  for (const { name } of sheets) {
    const key = name.toLocaleLowerCase("en-GB");
    const first = seen.get(key);
    if (first !== undefined) {
      const which = first === name ? `two sheets called "${name}"` : `the sheets "${first}" and "${name}", which Excel takes for one name`;
      throw new PackageError("malformed", `This workbook lists ${which}; Excel does not allow that. Open it in Excel, rename one, save, and try again.`);
    }
    seen.set(key, name);
  }
}
