/**
 * "Refresh scorecards", host-agnostic: read the stored settings and the sheets they name, plan (pure), then apply
 * in one batch. The ribbon command, the pane and the CLI all call this, so they cannot disagree.
 */
import { planRefresh, isNoChange, type RefreshPlan } from "../engine/scorecard/refresh";
import type { Result } from "../engine/core/result";
import { fail, ok } from "../engine/core/result";
import { parseSettings, type StoredSettings } from "../engine/scorecard/settings";
import type { WorkbookAdapter } from "../engine/sheet/workbook";

export interface RefreshOptions {
  /** Without stored settings: detect on the active sheet (the pane) or on every sheet (the CLI). */
  readonly scope: "active" | "all";
  readonly dryRun?: boolean;
  readonly now?: Date;
  /** Settings to use instead of the stored ones: the wizard's, before they are saved. */
  readonly settings?: StoredSettings;
}

export interface RefreshOutcome {
  readonly refresh: RefreshPlan;
  readonly applied: boolean;
  readonly noChange: boolean;
}

export async function planWorkbookRefresh(workbook: WorkbookAdapter, options: RefreshOptions): Promise<Result<RefreshPlan>> {
  const context = await workbook.readContext();
  let stored: StoredSettings;
  if (options.settings) stored = options.settings;
  else {
    const parsed = parseSettings(context.settings);
    if (!parsed.ok) return parsed;
    stored = parsed.value;
  }
  const names =
    stored.tables.length > 0
      ? [...new Set(stored.tables.map((t) => t.sheet))]
      : options.scope === "all"
        ? [...context.sheetNames]
        : [context.activeSheet];
  let sheets;
  try {
    sheets = await workbook.readSheets(names);
  } catch (error) {
    return fail("value", `Nothing was written: ${error instanceof Error ? error.message : String(error)}`);
  }
  return planRefresh(stored, new Map(sheets.map((s) => [s.name, s])), options.now ?? new Date());
}

export async function refreshWorkbook(workbook: WorkbookAdapter, options: RefreshOptions): Promise<Result<RefreshOutcome>> {
  const planned = await planWorkbookRefresh(workbook, options);
  if (!planned.ok) return planned;
  const noChange = isNoChange(planned.value.plan);
  if (options.dryRun || noChange) return ok({ refresh: planned.value, applied: false, noChange });
  try {
    await workbook.apply(planned.value.plan);
  } catch (error) {
    // Adapters check the whole plan before writing, so a refusal here means nothing was written.
    const message = error instanceof Error ? error.message : String(error);
    return fail("value", message.startsWith("Nothing was written") ? message : `Nothing was written: ${message}`);
  }
  return ok({ refresh: planned.value, applied: true, noChange });
}
