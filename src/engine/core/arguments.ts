/** Reading one numeric argument of any capability, with a message that names the argument. */
import { readNumber, isBlankLike, type CellInput } from "./cellNumber";
import { fail, ok, quote, type Result } from "./result";

/**
 * A non-negative number from an argument, with a message that names the argument and quotes the text when it
 * cannot be read. `fallback` applies only when the argument is blank (Excel sends an omitted optional as null).
 */
export function readArgument(
  input: CellInput,
  name: string,
  options: { fallback?: number; allowNegative?: boolean } = {},
): Result<number> {
  if (isBlankLike(input)) {
    return options.fallback !== undefined ? ok(options.fallback) : fail("na", `The ${name} is blank.`);
  }
  const parsed = readNumber(input);
  if (!parsed.ok) {
    const shown = typeof input === "string" ? quote(input) : String(input);
    return fail("value", `The ${name} ${shown} is not a number.`);
  }
  if (!options.allowNegative && parsed.value < 0) return fail("value", `The ${name} ${parsed.value} is negative.`);
  return parsed;
}
