import { buttonClassName } from "@hunar/ui/button";
import { Container } from "@hunar/ui/layout";
import type { ReactNode } from "react";
import { Link } from "react-router";

/** Shared look of the 404, 403 and error pages: a code, a title, a sentence and a way home. */
export function StatusPage({
  code,
  title,
  message,
  homeLabel,
  children,
}: {
  code: ReactNode;
  title: string;
  message: string;
  homeLabel: string;
  children?: ReactNode;
}) {
  return (
    <Container className="flex flex-col items-start gap-4 py-16">
      <title>{title}</title>
      <p className="text-sm font-semibold text-emerald-800">{code}</p>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="max-w-prose text-stone-700">{message}</p>
      <div className="flex flex-wrap gap-3">
        <Link to="/" className={buttonClassName("primary")}>
          {homeLabel}
        </Link>
        {children}
      </div>
    </Container>
  );
}
