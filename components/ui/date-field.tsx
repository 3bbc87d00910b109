"use client";
import { useState, type ReactNode } from "react";
import { DATE_INPUT_ERROR, DATE_INPUT_PLACEHOLDER, formatDateInput, parseDateInput } from "@/lib/date-input";
import { Field } from "@/components/ui/field";

type DateInputProps = {
  id: string;
  name: string;
  /** yyyy-MM-dd (what the server sends and the schemas read). */
  defaultValue?: string | null;
  required?: boolean;
  className?: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
  /** Told whether the text is a date, so a Field can show the Vietnamese error. */
  onValidity?: (valid: boolean) => void;
};

/**
 * A date typed as dd/mm/yyyy in every browser: `<input type="date">` follows the browser's language (mm/dd/yyyy in
 * an English one). The visible box has no name; a hidden input carries the ISO date the form submits (or the text
 * as typed, when it is not a date, so the server's schema refuses it with its own message).
 */
export function DateInput({ id, name, defaultValue, required, className, onValidity, ...aria }: DateInputProps) {
  const [text, setText] = useState(formatDateInput(defaultValue));
  // A form re-keyed or handed a new saved value shows it (React's "adjust state when a prop changes").
  const [shown, setShown] = useState(defaultValue);
  if (shown !== defaultValue) {
    setShown(defaultValue);
    setText(formatDateInput(defaultValue));
  }
  const iso = parseDateInput(text);
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={DATE_INPUT_PLACEHOLDER}
        value={text}
        required={required}
        className={className}
        {...aria}
        onChange={(event) => {
          setText(event.target.value);
          onValidity?.(!event.target.value.trim() || parseDateInput(event.target.value) !== null);
        }}
        onBlur={() => {
          if (iso) setText(formatDateInput(iso));
        }}
      />
      <input type="hidden" name={name} value={iso ?? text.trim()} />
    </>
  );
}

type DateFieldProps = Omit<DateInputProps, "className" | "onValidity" | "aria-invalid" | "aria-describedby"> & {
  label: string;
  errors?: string[];
  hint?: ReactNode;
  className?: string;
};

/** A labelled date field (components/ui/field.tsx) with the format in its hint and a Vietnamese error. */
export function DateField({ id, label, errors, hint, className, required, ...input }: DateFieldProps) {
  const [valid, setValid] = useState(true);
  const shownErrors = [...(valid ? [] : [DATE_INPUT_ERROR]), ...(errors ?? [])];
  return (
    <Field
      id={id}
      label={label}
      required={required}
      className={className}
      errors={shownErrors.length ? shownErrors : undefined}
      hint={
        <>
          Ngày/tháng/năm (dd/mm/yyyy){hint ? <>. {hint}</> : null}
        </>
      }
    >
      {(control) => <DateInput {...input} {...control} required={required} onValidity={setValid} />}
    </Field>
  );
}
