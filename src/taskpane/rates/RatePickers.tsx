/** The Rates form's pickers: a measure from the ASCOF catalogue (or a plain rate), and a population from a table. */
import { Button, Caption1, Combobox, Dropdown, Field, Option } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../engine/core/findings";
import { ASCOF_MEASURES, type AscofMeasure } from "../../engine/rates/ascofCatalogue";
import type { PopulationEntry } from "../../engine/rates/populationTable";
import type { RateChoice } from "../../app/ratesPreview";

const label = (m: AscofMeasure) => `${m.id} (${m.framework}) — ${m.name}`;
const PLAIN_RATES: readonly { label: string; per: number }[] = [
  { label: "Any count per 100,000 (RATE)", per: 100_000 },
  { label: "Any count per 10,000 (RATE)", per: 10_000 },
];

/** A searchable list of every ASCOF measure in the three frameworks (newest first), then the plain rates. */
export function MeasurePicker({ onChoose }: { readonly onChoose: (choice: RateChoice | null) => void }) {
  const [query, setQuery] = useState("");
  const matching = ASCOF_MEASURES.filter((m) => label(m).toLowerCase().includes(query.toLowerCase()));
  const matchingRates = PLAIN_RATES.filter((r) => r.label.toLowerCase().includes(query.toLowerCase()) || query === "");
  return (
    <Field label="Measure">
      <Combobox
        freeform
        placeholder="Search: 2C, 65+, admissions…"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onOptionSelect={(_, data) => {
          const ascof = ASCOF_MEASURES.find((m) => label(m) === data.optionText);
          const plain = PLAIN_RATES.find((r) => r.label === data.optionText);
          onChoose(ascof ? { kind: "ascof", measure: ascof } : plain ? { kind: "rate", per: plain.per } : null);
          setQuery(data.optionText ?? "");
        }}
      >
        {matching.map((m) => (
          <Option key={`${m.framework}-${m.id}`} text={label(m)}>
            {label(m)}
          </Option>
        ))}
        {matchingRates.map((r) => (
          <Option key={r.label} text={r.label}>
            {r.label}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}

export interface PopulationTables {
  readonly entries: readonly PopulationEntry[];
  readonly findings: readonly Finding[];
}

export interface PopulationPickerProps {
  /** The workbook's population tables, once looked for; null before. */
  readonly tables: PopulationTables | null;
  readonly onFind: () => void;
  /** The chosen population's cell ("Populations!C3"). */
  readonly onChoose: (cell: string) => void;
}

/** Finds the workbook's population tables on request, says what is wrong with them, and offers their rows. */
export function PopulationPicker({ tables, onFind, onChoose }: PopulationPickerProps) {
  const describe = (p: PopulationEntry) => `${p.band} ${p.year}: ${p.population.toLocaleString("en-GB")}`;
  return (
    <>
      <Button appearance="subtle" onClick={onFind}>
        Choose from a population table
      </Button>
      {tables && tables.entries.length === 0 && <Caption1>No sheet has a population table (Age band, Year, Population, Source).</Caption1>}
      {tables && tables.findings.length > 0 && (
        <ul aria-label="Population table problems">
          {tables.findings.map((finding) => (
            <li key={finding.cell}>
              <Caption1>{`${finding.cell}: ${finding.message}`}</Caption1>
            </li>
          ))}
        </ul>
      )}
      {tables && tables.entries.length > 0 && (
        <Field label="Population table">
          <Dropdown placeholder="Age band and year" onOptionSelect={(_, data) => data.optionValue && onChoose(data.optionValue)}>
            {tables.entries.map((p) => (
              <Option key={p.cell} value={p.cell} text={describe(p)}>
                {describe(p)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
    </>
  );
}
