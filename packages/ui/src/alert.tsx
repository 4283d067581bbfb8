import type { ReactNode } from "react";
import { cx } from "./class-names.ts";

export type AlertTone = "success" | "error" | "info";

const TONES: Record<AlertTone, string> = {
  success: "border-emerald-300 bg-emerald-50 text-emerald-900",
  error: "border-red-300 bg-red-50 text-red-900",
  info: "border-sky-300 bg-sky-50 text-sky-900",
};

/**
 * A message about the page's state. Errors use role="alert" so screen readers announce them
 * right after a form post; the others are polite status messages.
 */
export function Alert({ tone = "info", children, className }: { tone?: AlertTone; children: ReactNode; className?: string }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cx("rounded-md border-s-4 border px-4 py-3 text-start", TONES[tone], className)}
    >
      {children}
    </div>
  );
}
