/**
 * The wizard's column mapping and rules, in a chunk of their own: their dropdowns, radios and checkboxes (and the
 * positioning code dropdowns need) load when the analyst first sets a table up, not with the pane's first screen.
 */
import type { SheetData } from "../../engine/sheet/workbook";
import type { TableMapping } from "../../engine/sheet/table";
import type { RulesForm } from "../../engine/scorecard/settings";
import type { MeasureKind } from "../../engine/scorecard/measureKind";
import { MappingCard } from "./MappingCard";
import { RulesCard } from "./RulesCard";

export interface SetupCardsProps {
  readonly sheet: SheetData;
  readonly headerRow: number;
  readonly mapping: TableMapping;
  readonly form: RulesForm;
  readonly onMapping: (mapping: TableMapping) => void;
  readonly onForm: (form: RulesForm) => void;
  readonly kinds?: Readonly<Record<string, MeasureKind>>;
  readonly onKinds?: (kinds: Readonly<Record<string, MeasureKind>>) => void;
}

export default function SetupCards({ sheet, headerRow, mapping, form, onMapping, onForm, kinds, onKinds }: SetupCardsProps) {
  return (
    <>
      <MappingCard sheet={sheet} headerRow={headerRow} mapping={mapping} onChange={onMapping} kinds={kinds} onKinds={onKinds} />
      <RulesCard mapping={mapping} form={form} onChange={onForm} />
    </>
  );
}
