import type { ReactNode, SelectHTMLAttributes } from "react";
import { cx } from "./class-names.ts";
import { describedBy, FieldError, inputClassName, useFieldIds } from "./field.tsx";

export interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: ReactNode;
  error?: ReactNode;
  children: ReactNode;
}

export function SelectField({ label, error, id, className, children, ...selectProps }: SelectFieldProps) {
  const ids = useFieldIds(id);
  return (
    <div className={cx("flex flex-col gap-1", className)}>
      <label htmlFor={ids.inputId} className="font-medium text-stone-800">
        {label}
      </label>
      <select
        id={ids.inputId}
        className={inputClassName}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, undefined, error)}
        {...selectProps}
      >
        {children}
      </select>
      <FieldError id={ids.errorId}>{error}</FieldError>
    </div>
  );
}
