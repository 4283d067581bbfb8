import { useId, type ReactNode } from "react";
import { cx } from "./class-names.ts";
import { FieldError } from "./field.tsx";

export interface Choice {
  value: string;
  label: ReactNode;
  /** Language of the label when it differs from the page (e.g. "English" on an Urdu page). */
  lang?: string;
}

export interface ChoiceGroupProps {
  name: string;
  legend: ReactNode;
  choices: readonly Choice[];
  defaultValue?: string;
  error?: ReactNode;
  required?: boolean;
  className?: string;
}

/** Radio buttons in a fieldset; the legend names the group and the error is announced with it. */
export function ChoiceGroup({ name, legend, choices, defaultValue, error, required, className }: ChoiceGroupProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset
      className={cx("flex flex-col gap-2", className)}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="mb-1 font-medium text-stone-800">{legend}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {choices.map((choice) => (
          <label key={choice.value} className="inline-flex items-center gap-2">
            <input
              type="radio"
              name={name}
              value={choice.value}
              defaultChecked={choice.value === defaultValue}
              required={required}
              className="size-4 accent-emerald-700"
            />
            <span lang={choice.lang}>{choice.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={errorId}>{error}</FieldError>
    </fieldset>
  );
}
