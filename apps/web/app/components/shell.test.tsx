// @vitest-environment happy-dom
import { createT } from "@hunar/i18n/translate";
import { cleanup, screen } from "@testing-library/react";
import { createRoutesStub, data } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { renderInLocale } from "#app/test/render.tsx";
import { ErrorPage } from "./error-page.tsx";
import { LanguageSwitch } from "./language-switch.tsx";
import { SiteHeader } from "./site-header.tsx";

afterEach(cleanup);

const ur = createT("ur");
const en = createT("en");

function renderAt(entry: string, element: () => React.ReactElement | null, extra: Parameters<typeof createRoutesStub>[0] = []) {
  const Stub = createRoutesStub([{ path: "*", Component: element }, ...extra]);
  return renderInLocale(<Stub initialEntries={[entry]} />, "ur");
}

describe("language switch", () => {
  it("links to the same page and query in the other language and marks the current one", () => {
    renderAt("/search?q=logo#top", () => <LanguageSwitch locale="ur" />);
    const english = screen.getByRole("link", { name: "English" });
    expect(english.getAttribute("href")).toBe("/search?q=logo&lng=en#top");
    expect(english.getAttribute("lang")).toBe("en");
    expect(screen.getByText("اردو").getAttribute("aria-current")).toBe("true");
    expect(screen.queryByRole("link", { name: "اردو" })).toBeNull();
  });
});

describe("site header", () => {
  it("offers log in and sign up to visitors, and a GET search form", () => {
    renderAt("/", () => <SiteHeader user={null} locale="ur" />);
    expect(screen.getByRole("link", { name: ur("account.logIn") }).getAttribute("href")).toBe("/login");
    expect(screen.getByRole("link", { name: ur("account.signUp") }).getAttribute("href")).toBe("/signup");
    const search = screen.getByRole<HTMLFormElement>("search");
    expect(search.getAttribute("action")).toBe("/search");
    expect(search.getAttribute("method")).toBe("get");
    expect(screen.getByLabelText(ur("search.label")).getAttribute("name")).toBe("q");
  });

  it("shows a signed-in user's name, settings and a POST log-out form", () => {
    renderAt("/", () => <SiteHeader user={{ displayName: "Bilal Ahmed" }} locale="ur" />);
    expect(screen.getAllByText("Bilal Ahmed").length).toBeGreaterThan(0);
    expect(screen.getByRole("link", { name: ur("account.settings") }).getAttribute("href")).toBe("/account");
    const logOut = screen.getByRole("button", { name: ur("account.logOut") }).closest("form")!;
    expect(logOut.getAttribute("method")).toBe("post");
    expect(logOut.getAttribute("action")).toBe("/logout");
    expect(screen.queryByRole("link", { name: ur("account.logIn") })).toBeNull();
  });
});

describe("account menu gig links", () => {
  const links = () => screen.queryAllByRole("link").map((link) => [link.textContent, link.getAttribute("href")]);

  it("offers a freelancer their gigs, an admin the moderation queue, and a client neither", () => {
    renderAt("/", () => <SiteHeader user={{ displayName: "Ayesha", intent: "WORK" }} locale="ur" />);
    expect(links()).toEqual(
      expect.arrayContaining([
        [ur("pages:nav.createGig"), "/gigs/new"],
        [ur("pages:nav.myGigs"), "/gigs/mine"],
      ]),
    );
    expect(screen.queryByRole("link", { name: ur("pages:nav.moderation") })).toBeNull();
    cleanup();

    renderAt("/", () => <SiteHeader user={{ displayName: "Saad", intent: "HIRE", isAdmin: true }} locale="ur" />);
    expect(screen.getByRole("link", { name: ur("pages:nav.moderation") }).getAttribute("href")).toBe("/admin/moderation");
    expect(screen.queryByRole("link", { name: ur("pages:nav.createGig") })).toBeNull();
  });
});

describe("error page", () => {
  function failingRoute(error: unknown) {
    return [
      {
        path: "/broken",
        loader: () => {
          throw error;
        },
        Component: () => null,
        ErrorBoundary: ({ error: caught }: { error: unknown }) => <ErrorPage error={caught} />,
      },
    ];
  }

  it("renders the localised 404 for a missing thing", async () => {
    renderAt("/broken", () => null, failingRoute(data(null, { status: 404 })));
    expect(await screen.findByRole("heading", { name: ur("notFound.title") })).toBeTruthy();
  });

  it("renders the localised 403 for a refused request", async () => {
    renderAt("/broken", () => null, failingRoute(data(null, { status: 403 })));
    expect(await screen.findByRole("heading", { name: ur("error.forbiddenTitle") })).toBeTruthy();
  });

  it("renders a generic localised error with a retry link for anything else, never the error text", async () => {
    renderAt("/broken?x=1", () => null, failingRoute(new Error("database exploded")));
    expect(await screen.findByRole("heading", { name: ur("error.title") })).toBeTruthy();
    expect(screen.getByRole("link", { name: ur("error.tryAgain") }).getAttribute("href")).toBe("/broken?x=1");
    expect(document.body.textContent).not.toContain("database exploded");
    expect(en("error.title")).not.toBe(ur("error.title"));
  });
});
