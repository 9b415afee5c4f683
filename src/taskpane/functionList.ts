/** The custom functions as the add-in registers them: read from the generated functions.json, never hand-kept. */
import { FUNCTION_NAMESPACE } from "../engine/sheet/workbook";

export interface FunctionParameterInfo {
  readonly name: string;
  readonly description: string;
  readonly optional: boolean;
}

export interface FunctionInfo {
  readonly name: string;
  readonly description: string;
  readonly parameters: readonly FunctionParameterInfo[];
}

interface MetadataParameter {
  name?: unknown;
  description?: unknown;
  optional?: unknown;
}

interface MetadataFunction {
  name?: unknown;
  description?: unknown;
  parameters?: unknown;
}

const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** Parses functions.json; anything malformed is dropped rather than shown half-read. */
export function parseFunctionMetadata(json: unknown): FunctionInfo[] {
  if (typeof json !== "object" || json === null || !("functions" in json) || !Array.isArray(json.functions)) return [];
  return (json.functions as MetadataFunction[])
    .filter((fn) => typeof fn === "object" && fn !== null && typeof fn.name === "string")
    .map((fn) => ({
      name: text(fn.name),
      description: text(fn.description),
      parameters: (Array.isArray(fn.parameters) ? (fn.parameters as MetadataParameter[]) : []).map((p) => ({
        name: text(p.name),
        description: text(p.description),
        optional: p.optional === true,
      })),
    }));
}

/** "SCORECARD.RATE(count, population, [per], [decimals])" */
export function signature(fn: FunctionInfo, namespace = FUNCTION_NAMESPACE): string {
  const params = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
  return `${namespace}.${fn.name}(${params})`;
}

/** Loads functions.json from the add-in's own origin (the page sits beside it). */
export async function fetchFunctionList(url = "functions.json"): Promise<FunctionInfo[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not read the function list (${url}: HTTP ${response.status}).`);
  return parseFunctionMetadata(await response.json());
}
