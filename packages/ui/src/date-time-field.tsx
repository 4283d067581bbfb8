import type { ReactNode } from "react";
import { TextField, type TextFieldProps } from "./field.tsx";

export interface DateTimeFieldProps extends Omit<TextFieldProps, "type" | "hint"> {
  /** What the field is for, shown first under it (optional). */
  hint?: ReactNode;
  /** How to write it, in the page's language, e.g. "year-month-day hours:minutes, 24-hour clock". */
  formatHint: ReactNode;
  /** A written example, shown as the placeholder. */
  example?: string;
}

/** An example in the format the field takes, for the placeholder and the format hint. */
export const DATE_TIME_EXAMPLE = "2026-12-02 14:30";
export const DATE_EXAMPLE = "2024-05-31";

/**
 * A date and time typed as text, "YYYY-MM-DD HH:MM", read on the server
 * (apps/web/app/utils/pakistan-time.ts). A native date or datetime-local input shows its
 * placeholder ("mm/dd/yyyy") and picker in the browser's language, not the page's, and its
 * order of day and month changes with the browser; plain text with a localised format hint reads
 * the same in Urdu and English, with or without JavaScript, and the server accepts what a native
 * input would have sent too.
 */
export function DateTimeField({ hint, formatHint, example = DATE_TIME_EXAMPLE, ...props }: DateTimeFieldProps) {
  return (
    <TextField
      type="text"
      dir="ltr"
      autoComplete="off"
      spellCheck={false}
      placeholder={example}
      hint={
        hint ? (
          <>
            {hint} {formatHint}
          </>
        ) : (
          formatHint
        )
      }
      {...props}
    />
  );
}

/** A date typed as text, "YYYY-MM-DD", for the same reasons as DateTimeField. */
export function DateField(props: DateTimeFieldProps) {
  return <DateTimeField example={DATE_EXAMPLE} {...props} />;
}
