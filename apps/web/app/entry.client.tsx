import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";
import { z } from "zod";

// zod probes for `new Function` support on first use, which our CSP (no 'unsafe-eval') reports as
// a violation on every page; jitless parsing is as correct and fast enough for form validation.
z.config({ jitless: true });

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <HydratedRouter />
    </StrictMode>,
  );
});
