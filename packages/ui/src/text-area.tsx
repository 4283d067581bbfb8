import type { ReactNode, TextareaHTMLAttributes } from "react";
import { cx } from "./class-names.ts";
import { describedBy, FieldError, inputClassName, useFieldIds } from "./field.tsx";

export interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
}

/** A labelled multi-line input, wired like TextField (hint and error announced with it). */
export function TextAreaField({ label, hint, error, id, className, rows = 4, ...props }: TextAreaFieldProps) {
  const ids = useFieldIds(id);
  return (
    <div className={cx("flex flex-col gap-1", className)}>
      <label htmlFor={ids.inputId} className="font-medium text-stone-800">
        {label}
      </label>
      <textarea
        id={ids.inputId}
        rows={rows}
        className={inputClassName}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, hint, error)}
        {...props}
      />
      {hint ? (
        <p id={ids.hintId} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      <FieldError id={ids.errorId}>{error}</FieldError>
    </div>
  );
}
