import { Button } from "@hunar/ui/button";
import { useEffect, useState } from "react";
import { useTranslation } from "#app/utils/use-translation.ts";

/**
 * Printing needs the browser: the button appears once the page's script runs; without
 * JavaScript the hint (always shown) says how to print instead. Neither is printed.
 */
export function PrintButton() {
  const { t } = useTranslation("wallet");
  const [canPrint, setCanPrint] = useState(false);
  useEffect(() => setCanPrint(typeof window.print === "function"), []);
  return (
    <div className="flex flex-wrap items-center gap-3 print:hidden">
      {canPrint ? (
        <Button type="button" onClick={() => window.print()}>
          {t("invoice.print")}
        </Button>
      ) : null}
      <p className="text-sm text-stone-600">{t("invoice.printHint")}</p>
    </div>
  );
}
