import type { ReactNode, TextareaHTMLAttributes } from "react";
import { describedBy, FieldFrame, inputClassName, useFieldIds } from "./field.tsx";

export interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
}

/** A labelled multi-line input, wired like TextField (hint and error announced with it). */
export function TextAreaField({ label, hint, error, id, className, rows = 4, ...props }: TextAreaFieldProps) {
  const ids = useFieldIds(id);
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} className={className}>
      <textarea
        id={ids.inputId}
        rows={rows}
        className={inputClassName}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, hint, error)}
        {...props}
      />
    </FieldFrame>
  );
}
