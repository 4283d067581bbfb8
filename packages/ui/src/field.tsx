import { useId, type InputHTMLAttributes, type ReactNode } from "react";
import { cx } from "./class-names.ts";

export const inputClassName = cx(
  "block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-start text-stone-900",
  "placeholder:text-stone-400 focus:border-emerald-700 focus:outline-2 focus:outline-emerald-700/30",
  "aria-invalid:border-red-700 aria-invalid:focus:outline-red-700/30",
);

/** The ids a field's parts share, so the label, hint and error are announced with the input. */
export function useFieldIds(id?: string) {
  const generated = useId();
  const inputId = id ?? generated;
  return { inputId, hintId: `${inputId}-hint`, errorId: `${inputId}-error` };
}

export function describedBy(ids: { hintId: string; errorId: string }, hint: unknown, error: unknown) {
  const parts = [hint ? ids.hintId : null, error ? ids.errorId : null].filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : undefined;
}

export function FieldError({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={id} className="text-sm text-red-700">
      {children}
    </p>
  );
}

export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: ReactNode;
  /** Shown under the input; announced with it. */
  hint?: ReactNode;
  /** Localised error text; marks the input invalid and is announced with it. */
  error?: ReactNode;
}

/** Label above, hint and error below: the frame every labelled control shares. */
export function FieldFrame(props: {
  ids: { inputId: string; hintId: string; errorId: string };
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  className?: string | undefined;
  children: ReactNode;
}) {
  const { ids, label, hint, error, className, children } = props;
  return (
    <div className={cx("flex flex-col gap-1", className)}>
      <label htmlFor={ids.inputId} className="font-medium text-stone-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={ids.hintId} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      <FieldError id={ids.errorId}>{error}</FieldError>
    </div>
  );
}

/** A labelled input with optional hint and error, wired up with aria-describedby/aria-invalid. */
export function TextField({ label, hint, error, id, className, ...inputProps }: TextFieldProps) {
  const ids = useFieldIds(id);
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} className={className}>
      <input
        id={ids.inputId}
        className={inputClassName}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, hint, error)}
        {...inputProps}
      />
    </FieldFrame>
  );
}
