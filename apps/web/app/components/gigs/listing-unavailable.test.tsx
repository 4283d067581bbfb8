// @vitest-environment happy-dom
import type { Locale } from "@hunar/i18n/config";
import { createT } from "@hunar/i18n/translate";
import { cleanup, screen } from "@testing-library/react";
import { createRoutesStub, data } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { renderInLocale } from "#app/test/render.tsx";
import { ListingErrorPage } from "./listing-unavailable.tsx";

afterEach(cleanup);

function renderFailing(kind: "gig" | "seller", thrown: unknown, locale: Locale) {
  const Stub = createRoutesStub([
    {
      path: "*",
      Component: () => null,
      loader: () => {
        throw thrown;
      },
      ErrorBoundary: ({ error }: { error: unknown }) => <ListingErrorPage kind={kind} error={error} />,
    },
  ]);
  return renderInLocale(<Stub initialEntries={["/gigs/some-gig"]} />, locale);
}

describe("gig and seller pages that are not available", () => {
  for (const locale of ["ur", "en"] as const) {
    const t = createT(locale);

    it(`say so in ${locale}, with the 404 and a way on to search`, async () => {
      renderFailing("gig", data({ messageKey: "gigs:errors.gigUnavailable" }, { status: 404 }), locale);
      expect(await screen.findByRole("heading", { name: t("pages:unavailable.gigTitle") })).toBeTruthy();
      expect(screen.getByText(t("pages:unavailable.gigMessage"))).toBeTruthy();
      expect(screen.getByText(t("error.statusCode", { status: 404 }))).toBeTruthy();
      expect(screen.getByRole("link", { name: t("pages:unavailable.search") }).getAttribute("href")).toBe("/search");
      cleanup();

      renderFailing("seller", data({ messageKey: "gigs:errors.sellerUnavailable" }, { status: 404 }), locale);
      expect(await screen.findByRole("heading", { name: t("pages:unavailable.sellerTitle") })).toBeTruthy();
      expect(screen.getByText(t("pages:unavailable.sellerMessage"))).toBeTruthy();
    });
  }

  it("leave any other failure to the usual error page", async () => {
    const ur = createT("ur");
    renderFailing("gig", new Error("database exploded"), "ur");
    expect(await screen.findByRole("heading", { name: ur("error.title") })).toBeTruthy();
    expect(screen.queryByText(ur("pages:unavailable.gigTitle"))).toBeNull();
    expect(ur("pages:unavailable.gigTitle")).not.toBe(createT("en")("pages:unavailable.gigTitle"));
  });
});
