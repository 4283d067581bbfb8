// @vitest-environment happy-dom
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createI18n } from "@hunar/i18n/instance";
import { resources } from "@hunar/i18n/resources";
import { cleanup, render, screen } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { afterEach, describe, expect, it } from "vitest";
import { useTranslation } from "./use-translation.ts";

const urdu = createI18n("ur", resources.ur);
const english = createI18n("en", resources.en);
const seen: unknown[] = [];
type Strings = { search: { title: string; resultsFor: string } };
const pagesUr = resources.ur.pages as Strings;
const pagesEn = resources.en.pages as Strings;

function Strings() {
  const { t, i18n } = useTranslation("pages");
  const [tupleT] = useTranslation(["gigs", "pages"]);
  const common = useTranslation();
  seen.push(t);
  return (
    <p data-testid="strings" data-lang={i18n.language}>
      {[
        t("search.title"),
        tupleT("pages:search.title"),
        common.t("appName"),
        t("appName", { ns: "common" }),
        t("search.resultsFor", { query: "لوگو" }),
      ].join("|")}
    </p>
  );
}

describe("useTranslation", () => {
  afterEach(cleanup);

  it("reads the provider's language in the namespace asked for, with the first of several as the default", () => {
    render(
      <I18nextProvider i18n={urdu}>
        <Strings />
      </I18nextProvider>,
    );
    const [title, prefixed, appName, otherNs, interpolated] = (screen.getByTestId("strings").textContent ?? "").split("|");
    expect(title).toBe(pagesUr.search.title);
    expect(prefixed).toBe(pagesUr.search.title);
    expect(appName).toBe(resources.ur.common.appName);
    expect(otherNs).toBe(resources.ur.common.appName);
    expect(interpolated).toBe(pagesUr.search.resultsFor.replace("{{query}}", "لوگو"));
  });

  it("hands every component the same t for a language, and another once the provider's language changes", () => {
    seen.length = 0;
    const { rerender } = render(
      <I18nextProvider i18n={urdu}>
        <Strings />
        <Strings />
      </I18nextProvider>,
    );
    expect(seen[0]).toBe(seen[1]);
    rerender(
      <I18nextProvider i18n={english}>
        <Strings />
        <Strings />
      </I18nextProvider>,
    );
    expect(seen[2]).toBe(seen[3]);
    expect(seen[2]).not.toBe(seen[0]);
    expect(screen.getAllByTestId("strings")[0]?.dataset.lang).toBe("en");
    expect(screen.getAllByTestId("strings")[0]?.textContent?.split("|")[0]).toBe(pagesEn.search.title);
  });

  it("says plainly when no provider is above it", () => {
    expect(() => render(<Strings />)).toThrow(/I18nextProvider/);
  });

  it("is the only useTranslation the app's components use", () => {
    const appDir = join(import.meta.dirname, "..");
    const files = readdirSync(appDir, { recursive: true, encoding: "utf8" }).filter((file) => /\.tsx?$/.test(file));
    const offenders = files.filter((file) =>
      /import \{[^}]*\buseTranslation\b[^}]*\} from "react-i18next"/.test(readFileSync(join(appDir, file), "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});
