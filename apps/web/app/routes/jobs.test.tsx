// @vitest-environment happy-dom
import { formatMoney } from "@hunar/i18n/format";
import { createT } from "@hunar/i18n/translate";
import type { JobSearchCard } from "@hunar/proposals/jobs/search-jobs";
import { cleanup, screen, within } from "@testing-library/react";
import { createRoutesStub } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { renderInLocale } from "#app/test/render.tsx";
import Jobs from "./jobs.tsx";

afterEach(cleanup);

const ur = createT("ur");
const en = createT("en");
const NOW = "2026-12-02T12:00:00.000Z";

const categories = [
  {
    id: "c1",
    slug: "graphic-design",
    nameUr: "گرافک ڈیزائن",
    nameEn: "Graphic design",
    children: [{ id: "c2", slug: "logo-design", nameUr: "لوگو ڈیزائن", nameEn: "Logo design", children: [] }],
  },
];

function card(overrides: Partial<JobSearchCard> = {}): JobSearchCard {
  return {
    id: "job1",
    title: "چائے کے ڈھابے کا لوگو",
    titleLang: "ur",
    excerpt: "ایک سادہ لوگو چاہیے۔",
    excerptLang: "ur",
    budgetType: "RANGE",
    budgetMinPaisa: 500_000,
    budgetMaxPaisa: 2_000_000,
    skills: ["Illustrator"],
    category: { slug: "logo-design", name: "لوگو ڈیزائن" },
    proposalCount: 3,
    postedAt: new Date("2026-12-01T12:00:00.000Z"),
    ...overrides,
  };
}

type LoaderData = {
  categories: typeof categories;
  results: { items: JobSearchCard[]; nextCursor: string | null; total: number; totalIsLimit: boolean } | null;
  errors: unknown;
  now: string;
};

function renderPage(locale: "ur" | "en", loaderData: Partial<LoaderData>, entry = "/jobs") {
  const body: LoaderData = { categories, results: null, errors: null, now: NOW, ...loaderData };
  const Stub = createRoutesStub([{ path: "/jobs", Component: Jobs as never, loader: () => body, HydrateFallback: () => null }]);
  renderInLocale(<Stub initialEntries={[entry]} />, locale);
}

describe("the /jobs page", () => {
  it("is a GET form to /jobs with the words, category, budget and posting age", async () => {
    renderPage(
      "ur",
      { results: { items: [], nextCursor: null, total: 0, totalIsLimit: false } },
      "/jobs?q=logo&min=5000&posted=7&category=logo-design",
    );
    const form = await screen.findByRole<HTMLFormElement>("form", { name: ur("jobs:search.filtersTitle") });
    expect(form.getAttribute("method")).toBe("get");
    expect(form.getAttribute("action")).toBe("/jobs");
    const field = (name: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
    expect(field("q")?.value).toBe("logo");
    expect(field("min")?.value).toBe("5000");
    expect(field("posted")?.value).toBe("7");
    expect(field("category")?.value).toBe("logo-design");
    expect(field("max")?.value).toBe("");
    const posted = within(form).getByLabelText(ur("jobs:search.posted"));
    expect([...(posted as HTMLSelectElement).options].map((o) => o.value)).toEqual(["", "1", "3", "7", "30"]);
    expect(screen.getByText(ur("jobs:search.emptyFor", { query: "logo" }))).toBeTruthy();
  });

  it("shows the count and cards linking to each job, with the budget in rupees and the proposals", async () => {
    renderPage("en", {
      results: {
        items: [
          card({
            title: "Logo for a tea stall",
            titleLang: "en",
            excerptLang: "en",
            excerpt: "A simple logo.",
            category: { slug: "logo-design", name: "Logo design" },
          }),
          card({
            id: "job2",
            title: "Five Eid posts",
            titleLang: "en",
            budgetType: "FIXED",
            budgetMinPaisa: 250_000,
            budgetMaxPaisa: 250_000,
            proposalCount: 0,
            skills: [],
          }),
        ],
        nextCursor: "abc",
        total: 21,
        totalIsLimit: false,
      },
    });
    expect(await screen.findByRole("status")).toHaveProperty("textContent", en("jobs:search.count", { count: 21, formatted: "21" }));
    const links = screen.getAllByRole("link").filter((a) => a.getAttribute("href")?.startsWith("/jobs/"));
    expect(links.map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Logo for a tea stall", "/jobs/job1"],
      ["Five Eid posts", "/jobs/job2"],
    ]);
    const [first, second] = screen.getAllByRole("listitem").filter((li) => li.querySelector("h3"));
    const rupees = (paisa: number) => formatMoney(paisa, "en");
    expect(rupees(500_000)).toMatch(/^Rs\s5,000$/);
    expect(first?.textContent).toContain(`Budget: ${rupees(500_000)} to ${rupees(2_000_000)}`);
    expect(first?.textContent).toContain("3 proposals");
    expect(first?.textContent).toContain("Posted yesterday");
    expect(within(first!).getByRole("list", { name: "Skills" }).textContent).toBe("Illustrator");
    expect(second?.textContent).toContain(`Fixed price: ${rupees(250_000)}`);
    expect(second?.textContent).toContain("No proposals yet");
    expect(screen.getByRole("link", { name: en("pages:search.nextPage") }).getAttribute("href")).toBe("/jobs?cursor=abc");
  });

  it("the next page keeps the filters; a later page links back to the first", async () => {
    renderPage(
      "ur",
      { results: { items: [card()], nextCursor: "page3", total: 1000, totalIsLimit: true } },
      "/jobs?q=logo&posted=3&cursor=page2",
    );
    expect((await screen.findByRole("link", { name: ur("pages:search.nextPage") })).getAttribute("href")).toBe(
      "/jobs?q=logo&posted=3&cursor=page3",
    );
    expect(screen.getByRole("link", { name: ur("pages:search.firstPage") }).getAttribute("href")).toBe("/jobs?q=logo&posted=3");
  });

  it("in Urdu: the client's text keeps its language and direction, and no English is ours", async () => {
    renderPage("ur", {
      results: { items: [card({ title: "Logo for a tea stall", titleLang: "en" })], nextCursor: null, total: 1, totalIsLimit: false },
    });
    const title = await screen.findByRole("link", { name: "Logo for a tea stall" });
    expect(title.getAttribute("lang")).toBe("en");
    expect(title.getAttribute("dir")).toBe("auto");
    const item = screen.getAllByRole("listitem").find((li) => li.querySelector("h3"));
    expect(item?.textContent).toContain(ur("jobs:search.card.proposals", { count: 3, formatted: "3" }));
    // Everything but the client's own words (title, skills) and the currency sign is Urdu.
    const ours = (document.body.textContent ?? "").replace("Logo for a tea stall", "").replace("Illustrator", "").replaceAll("Rs", "");
    expect(ours).not.toMatch(/[A-Za-z]{2,}/);
  });

  it("shows the field errors of a refused search", async () => {
    renderPage("en", { errors: { posted: { key: "jobs:search.errors.posted" } } }, "/jobs?posted=2");
    expect(await screen.findByText(en("jobs:search.invalid"))).toBeTruthy();
    expect(screen.getByText(en("jobs:search.errors.posted"))).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
  });
});
