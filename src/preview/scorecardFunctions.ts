/**
 * The SCORECARD functions for the preview's formulas, loaded with them only when a sheet has one: the same modules
 * Excel runs, keyed as functions.json names them (each export is its function's id: `rag` is SCORECARD.RAG).
 * Outside Excel there is no CustomFunctions global; a minimal one stands in, whose errors show as their code.
 */
import type { SheetFunction } from "./formulas";

class PreviewFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** CustomFunctions.ErrorCode's values, as Excel defines them (the tests' stand-in uses these too). */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

function installStandIn(): void {
  const global = globalThis as { CustomFunctions?: unknown };
  // The built functions modules register themselves with associate(); here they are called directly instead.
  global.CustomFunctions ??= { Error: PreviewFunctionError, ErrorCode: ERROR_CODES, associate: () => undefined };
}

export async function loadScorecardFunctions(): Promise<Map<string, SheetFunction>> {
  installStandIn();
  const modules = await Promise.all([import("../functions/rates"), import("../functions/scorecard"), import("../functions/dates"), import("../functions/funding")]);
  const functions = new Map<string, SheetFunction>();
  for (const module of modules) {
    for (const [name, exported] of Object.entries(module)) if (typeof exported === "function") functions.set(name.toUpperCase(), exported as SheetFunction);
  }
  return functions;
}
