// @vitest-environment happy-dom
import { createT } from "@hunar/i18n/translate";
import { cleanup } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderInLocale } from "#app/test/render.tsx";
import { FigureLines, money, rate } from "./money.tsx";

afterEach(cleanup);

// Rs 5,000 package + Rs 2,000 and Rs 1,500 extras, 2% client fee.
const FIGURES = { subtotalPaisa: 850_000, clientFeePaisa: 17_000, clientFeeBps: 200, totalPaisa: 867_000 };
const EXTRAS = [
  { id: "x1", title: "24 گھنٹے میں ڈیلیوری", pricePaisa: 200_000 },
  { id: "x2", title: "Source files", pricePaisa: 150_000 },
];

const lines = (container: HTMLElement) =>
  [...container.querySelectorAll("dl > div")].map((line) => [line.querySelector("dt")?.textContent, line.querySelector("dd")?.textContent]);

describe("the figure lines", () => {
  for (const locale of ["ur", "en"] as const) {
    const t = createT(locale);

    it(`list the package, each extra bought, the subtotal, the fee and the total, in ${locale}`, () => {
      const { container } = renderInLocale(<FigureLines figures={FIGURES} extras={EXTRAS} live />, locale);
      expect(lines(container)).toEqual([
        [t("wallet:figures.packagePrice"), money(500_000, locale)],
        ["24 گھنٹے میں ڈیلیوری", `+${money(200_000, locale)}`],
        ["Source files", `+${money(150_000, locale)}`],
        [t("wallet:checkout.subtotal"), money(850_000, locale)],
        [t("wallet:figures.clientFee", { rate: rate(200, locale) }), money(17_000, locale)],
        [t("wallet:figures.total"), money(867_000, locale)],
      ]);
      expect(container.querySelector("dl")?.getAttribute("aria-live")).toBe("polite");
      // An extra's title keeps its own direction inside the other language's page.
      expect(container.querySelector('[data-extra="x2"] bdi')?.textContent).toBe("Source files");
    });

    it(`without extras, the package price is the subtotal, in ${locale}`, () => {
      const figures = { subtotalPaisa: 500_000, clientFeePaisa: 10_000, clientFeeBps: 200, totalPaisa: 510_000 };
      const { container } = renderInLocale(<FigureLines figures={figures} paid />, locale);
      expect(container.querySelector('[data-figure="subtotal"]')?.textContent).toBe(money(500_000, locale));
      expect(container.querySelector('[data-figure="total"]')?.previousElementSibling?.textContent).toBe(t("wallet:figures.totalPaid"));
      expect(container.querySelectorAll("dl > div")).toHaveLength(3);
      expect(container.querySelector("dl")?.hasAttribute("aria-live")).toBe(false);
    });
  }
});
