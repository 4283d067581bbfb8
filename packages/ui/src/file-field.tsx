import { useEffect, useRef, useState, useSyncExternalStore, type ChangeEvent, type InputHTMLAttributes, type ReactNode } from "react";
import { buttonClassName } from "./button.tsx";
import { cx } from "./class-names.ts";
import { FieldError, useFieldIds } from "./field.tsx";

export interface FileFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "type"> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** The button-like text that opens the picker ("Choose files"), in the page's language. */
  chooseLabel: string;
  /** Shown beside the button until something is picked ("No file chosen"). */
  noFileText: string;
  /** Shown instead of the names when several files are picked ("3 files chosen"). */
  filesChosenText: (count: number) => string;
  labelClassName?: string;
}

const subscribeNever = () => () => {};

/** False on the server and while hydrating, true once this page's script runs. */
function useHydrated() {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}

/**
 * A file input that speaks the page's language. The browser's own button and "No file chosen"
 * follow the browser's language, not the page's, so the native input is visually hidden (still
 * focusable, still the one that is submitted) and a label styled as a button opens it. The
 * chosen names appear once the page's script runs; without it the status line stays out rather
 * than claim that nothing was chosen.
 */
export function FileField(props: FileFieldProps) {
  const { label, hint, error, chooseLabel, noFileText, filesChosenText, id, className, labelClassName, onChange, ...inputProps } = props;
  const ids = useFieldIds(id);
  const labelId = `${ids.inputId}-label`;
  const statusId = `${ids.inputId}-status`;
  const hydrated = useHydrated();
  const [names, setNames] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);

  // A form reset (the chat composer after sending) empties the input without a change event.
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const clear = () => setNames([]);
    form.addEventListener("reset", clear);
    return () => form.removeEventListener("reset", clear);
  }, []);

  function changed(event: ChangeEvent<HTMLInputElement>) {
    setNames(Array.from(event.currentTarget.files ?? [], (file) => file.name));
    onChange?.(event);
  }

  const status = names.length === 0 ? noFileText : names.length === 1 ? names[0] : filesChosenText(names.length);
  const describedBy = [hydrated ? statusId : null, hint ? ids.hintId : null, error ? ids.errorId : null].filter(Boolean).join(" ");
  return (
    <div className={cx("flex flex-col gap-1", className)}>
      <label id={labelId} htmlFor={ids.inputId} className={labelClassName ?? "font-medium text-stone-800"}>
        {label}
      </label>
      <div className="relative flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
        <input
          ref={input}
          id={ids.inputId}
          type="file"
          className="peer sr-only"
          aria-labelledby={labelId}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={changed}
          {...inputProps}
        />
        {/* A second label for the same input: clicking it opens the picker; the first one names it. */}
        <label
          htmlFor={ids.inputId}
          aria-hidden="true"
          className={cx(
            buttonClassName("secondary", "sm"),
            "cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-emerald-700",
            "peer-disabled:cursor-not-allowed peer-disabled:opacity-60 peer-aria-invalid:border-red-700",
          )}
        >
          {chooseLabel}
        </label>
        {hydrated ? (
          <span
            id={statusId}
            dir="auto"
            title={names.length > 0 ? names.join("\n") : undefined}
            data-truncated=""
            className="min-w-0 max-w-full truncate text-sm text-stone-700"
          >
            {status}
          </span>
        ) : null}
      </div>
      {hint ? (
        <p id={ids.hintId} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      <FieldError id={ids.errorId}>{error}</FieldError>
    </div>
  );
}
