import { Button } from "@hunar/ui/button";
import { useEffect, useState } from "react";
import { useTranslation } from "#app/utils/use-translation.ts";

/** Printing needs the browser's script; without it the browser's own print command still works. */
export function PrintButton() {
  const { t } = useTranslation("earnings");
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  if (!hydrated) return null;
  return (
    <Button variant="secondary" onClick={() => window.print()} className="print:hidden">
      {t("statements.print")}
    </Button>
  );
}
