/** A name for a new sheet: the one asked for, or "Name 2", "Name 3"… when a sheet is already called that (in any case, as Excel compares them). */
export function unusedSheetName(wanted: string, existingSheets: readonly string[]): string {
  const taken = new Set(existingSheets.map((s) => s.toLowerCase()));
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted} ${n}`;
  return name;
}
