/** The scorecard wizard's rules step: outputs, tolerance and what is rated. */
import { Card, CardHeader, Checkbox, Dropdown, Field, Input, Label, Option, Radio, RadioGroup, makeStyles, tokens, useId } from "@fluentui/react-components";
import { columnLetters } from "../../engine/sheet/address";
import type { TableMapping } from "../../engine/sheet/table";
import type { RatedFigure, RulesForm } from "../../engine/scorecard/settings";
import { CardTitle } from "../components/CardTitle";

const useStyles = makeStyles({
  grid: { display: "grid", rowGap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column" },
});

export interface RulesCardProps {
  readonly mapping: TableMapping;
  readonly form: RulesForm;
  readonly onChange: (form: RulesForm) => void;
}

export function RulesCard({ mapping, form, onChange }: RulesCardProps) {
  const styles = useStyles();
  const groupLabel = useId("add-columns");
  const set = <K extends keyof RulesForm>(key: K, value: RulesForm[K]) => onChange({ ...form, [key]: value });
  const toleranceInvalid = !Number.isFinite(form.tolerancePercent) || form.tolerancePercent < 0;
  const benchmarkLabel = (column: number) => `${columnLetters(column)} — ${mapping.benchmarks.find((b) => b.column === column)?.header ?? ""}`;
  return (
    <Card>
      <CardHeader header={<CardTitle>Rules</CardTitle>} />
      <div className={styles.grid}>
        <Field label="Tolerance for Amber (% of the target)" validationMessage={toleranceInvalid ? "Give a percentage of 0 or more." : undefined}>
          <Input
            type="number"
            min={0}
            step={1}
            value={String(form.tolerancePercent)}
            contentAfter="%"
            onChange={(_, data) => set("tolerancePercent", Number(data.value))}
          />
        </Field>
        <Field label="Rate">
          <RadioGroup value={form.rate} onChange={(_, data) => set("rate", data.value as RatedFigure)}>
            <Radio value="ytd" label="Year to date" disabled={!mapping.ytd} />
            <Radio value="latest" label="Latest period with a value" />
            <Radio value="forecast" label="Year-end forecast (counts only; other kinds are rated as they stand, with a note)" disabled={!mapping.ytd} />
          </RadioGroup>
        </Field>
        <Field hint={'An annual count target pro rata to the periods reported: "<530" at Quarter 3 of 4 is "<397.5". Percentages, rates and snapshots keep their target. Each explanation says so.'}>
          <Checkbox
            checked={form.profileTarget === true}
            label="Rate against the target profiled to date"
            disabled={form.rate === "forecast"}
            onChange={(_, data) => set("profileTarget", data.checked === true)}
          />
        </Field>
        {/* A group, not a Field: a Field labels one control, and these are three. */}
        <div role="group" aria-labelledby={groupLabel} className={styles.group}>
          <Label id={groupLabel}>Add columns</Label>
          <Checkbox checked={form.direction} label="Direction of travel" onChange={(_, data) => set("direction", data.checked === true)} />
          <Checkbox checked={form.vsBenchmark} label="Against benchmark" disabled={mapping.benchmarks.length === 0} onChange={(_, data) => set("vsBenchmark", data.checked === true)} />
          <Checkbox checked={form.explanation} label="Explanation of each rating" onChange={(_, data) => set("explanation", data.checked === true)} />
        </div>
        {form.vsBenchmark && mapping.benchmarks.length > 0 && (
          <Field label="Benchmark to compare with">
            <Dropdown
              value={form.benchmarkColumn === null ? "" : benchmarkLabel(form.benchmarkColumn)}
              selectedOptions={form.benchmarkColumn === null ? [] : [String(form.benchmarkColumn)]}
              onOptionSelect={(_, data) => set("benchmarkColumn", data.optionValue === undefined ? null : Number(data.optionValue))}
            >
              {mapping.benchmarks.map((b) => (
                <Option key={b.column} value={String(b.column)} text={benchmarkLabel(b.column)}>
                  {benchmarkLabel(b.column)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
        <Field label="Write">
          <RadioGroup value={form.mode} onChange={(_, data) => set("mode", data.value === "formulas" ? "formulas" : "values")}>
            <Radio value="values" label="Values (for people without the add-in)" />
            <Radio value="formulas" label="Live SCORECARD formulas" />
          </RadioGroup>
        </Field>
      </div>
    </Card>
  );
}
