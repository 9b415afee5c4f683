/**
 * A timeline's columns as the Columns card changes them: one column per role or version, so a column chosen for
 * one role leaves the role or version it had.
 */
import type { TimelineColumns, TimelineMapping, TimelineRole } from "./milestoneTable";

/** The columns a mapping reads, as a choice to change. */
export function columnsOfMapping(mapping: TimelineMapping): TimelineColumns {
  const roles: Partial<Record<TimelineRole, number>> = {};
  for (const [role, match] of Object.entries(mapping.roles) as [TimelineRole, { column: number } | undefined][]) if (match) roles[role] = match.column;
  return { layout: mapping.layout, roles, versions: mapping.versions.map((v) => v.column) };
}

/** The columns with `column` read as nothing (and `role`, if given, unassigned). */
function without(columns: TimelineColumns, column: number | null, role?: TimelineRole): { roles: Partial<Record<TimelineRole, number>>; versions: number[] } {
  const roles: Partial<Record<TimelineRole, number>> = {};
  for (const [r, c] of Object.entries(columns.roles) as [TimelineRole, number][]) if (c !== column && r !== role) roles[r] = c;
  return { roles, versions: columns.versions.filter((c) => c !== column) };
}

/** `role` read from `column` (none: null); the column leaves whatever it was read as before. */
export function withRole(columns: TimelineColumns, role: TimelineRole, column: number | null): TimelineColumns {
  const rest = without(columns, column, role);
  if (column !== null) rest.roles[role] = column;
  return { layout: columns.layout, ...rest };
}

/**
 * The version at `index` read from `column` (null: no longer a version); an index past the last adds one. The
 * versions are read in their own order (by the dates their headers name, else left to right), not this list's.
 */
export function withVersion(columns: TimelineColumns, index: number, column: number | null): TimelineColumns {
  const rest = without({ ...columns, versions: columns.versions.filter((_, i) => i !== index) }, column);
  if (column !== null) rest.versions.push(column);
  return { layout: columns.layout, ...rest };
}
