/**
 * A stand-in for the CustomFunctions global that Excel provides: the same Error class shape and ErrorCode
 * values, and an associate() that records registrations the way the runtime does.
 */
import { ERROR_CODES } from "../../src/preview/scorecardFunctions";

export class FakeCustomFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const ErrorCode = ERROR_CODES;

export type Registered = Map<string, (...args: unknown[]) => unknown>;

export function fakeCustomFunctions(registered: Registered = new Map()) {
  return {
    Error: FakeCustomFunctionError,
    ErrorCode,
    associate(id: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown) {
      if (typeof id === "string" && fn) registered.set(id, fn);
      else if (typeof id === "object") Object.entries(id).forEach(([key, value]) => registered.set(key, value));
    },
  };
}

/** Installs the fake as the global before a facade module is imported. */
export function installCustomFunctions(): Registered {
  const registered: Registered = new Map();
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = fakeCustomFunctions(registered);
  return registered;
}

/** What a returned cell shows in Excel: "#VALUE!" for errors, otherwise the value. */
export function shown(cell: unknown): unknown {
  return cell instanceof FakeCustomFunctionError ? cell.code : cell;
}

export function messageOf(cell: unknown): string | undefined {
  return cell instanceof FakeCustomFunctionError ? cell.message : undefined;
}
