import type { HTMLAttributes } from "react";
import { cx } from "./class-names.ts";

/** Centres page content with inline padding that mirrors naturally in RTL. */
export function Container({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cx("mx-auto w-full max-w-6xl px-4 sm:px-6", className)} {...props} />;
}

export function Card({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cx("rounded-lg border border-stone-200 bg-white p-5 shadow-sm", className)} {...props} />;
}
