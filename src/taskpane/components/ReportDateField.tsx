/** The report date a tab works to: typed day first, read when the field is left, and the reader's message if it cannot be. */
import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { readDate } from "../../engine/dates/dateInput";
import { shortDateOf } from "../../engine/dates/serial";

export interface ReportDateFieldProps {
  /** The date in force, as a serial: today, the sheet's own report date, or what was typed. */
  readonly date: number;
  readonly onChange: (serial: number) => void;
}

export function ReportDateField(props: ReportDateFieldProps) {
  // A new date, set from outside (the sheet states its report date) or typed, starts the field afresh.
  return <DateInput key={props.date} {...props} />;
}

function DateInput({ date, onChange }: ReportDateFieldProps) {
  const [text, setText] = useState(() => shortDateOf(date));
  const [problem, setProblem] = useState<string | null>(null);
  const commit = () => {
    const read = readDate(text, "report date", "start");
    if (!read.ok) {
      setProblem(read.error.message);
      return;
    }
    setText(shortDateOf(read.value));
    setProblem(null);
    onChange(read.value);
  };
  return (
    <Field label="Report date" validationMessage={problem ?? undefined} hint="Day first, e.g. 23/06/2025 or 23 June 2025">
      <Input value={text} onChange={(_, data) => setText(data.value)} onBlur={commit} />
    </Field>
  );
}
