import type { Locale } from "@hunar/i18n/config";
import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";
import { z } from "zod";
import { loadLocaleStrings } from "./utils/i18n.ts";

// zod probes for `new Function` support on first use, which our CSP (no 'unsafe-eval') reports as
// a violation on every page; jitless parsing is as correct and fast enough for form validation.
z.config({ jitless: true });

/**
 * The page's strings first (the file the root layout preloads): hydration must render exactly
 * what the server did. Without them the page stays the server's HTML, whose links and forms work
 * without JavaScript. An error page rendered without root data names no file and needs none.
 */
async function loadPageStrings(): Promise<void> {
  const link = document.querySelector<HTMLLinkElement>("link[data-locale-strings]");
  if (link) await loadLocaleStrings(document.documentElement.lang as Locale, link.href);
}

void loadPageStrings().then(
  () =>
    startTransition(() => {
      hydrateRoot(
        document,
        <StrictMode>
          <HydratedRouter />
        </StrictMode>,
      );
    }),
  (error: unknown) => console.error("The page's strings did not load; it stays as the server sent it.", error),
);
