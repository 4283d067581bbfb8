// @vitest-environment happy-dom
import { createT } from "@hunar/i18n/translate";
import { cleanup, screen, within } from "@testing-library/react";
import { createRoutesStub } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { renderInLocale } from "#app/test/render.tsx";
import JobPage from "./job.tsx";

afterEach(cleanup);

const ur = createT("ur");
const en = createT("en");

const job = {
  id: "job1",
  categoryId: "c2",
  category: { nameUr: "لوگو ڈیزائن", nameEn: "Logo design" },
  titleUr: "چائے کے ڈھابے کا لوگو",
  titleEn: "Tea stall logo",
  descriptionUr: "ہمیں کپوں اور بورڈ کے لیے ایک سادہ لوگو چاہیے۔",
  descriptionEn: "We need a simple logo for the cups and the sign board.",
  skills: ["Illustrator"],
  budgetType: "RANGE",
  budgetMinPaisa: 500_000,
  budgetMaxPaisa: 2_000_000,
  deadlineAt: new Date("2099-01-31T18:59:59.000Z"),
  visibility: "PUBLIC",
  status: "OPEN",
  proposalCount: 0,
  createdAt: new Date("2026-12-01T12:00:00.000Z"),
  closedAt: null,
  clarifications: [{ id: "cl1", body: "کپ آٹھ اونس کے ہیں۔", createdAt: new Date("2026-12-02T08:00:00.000Z") }],
  client: { jobsPosted: 4, hireRate: 0.5, rating: 4.5, ratingCount: 2, memberSince: new Date("2025-03-01T00:00:00.000Z") },
};

type Viewer = "client" | "freelancer" | "anonymous";

function renderPage(locale: "ur" | "en", viewer: Viewer, overrides: { myProposal?: unknown; job?: Partial<typeof job> } = {}) {
  const body = { job: { ...job, ...overrides.job }, viewer, myProposal: overrides.myProposal ?? null };
  const Stub = createRoutesStub([{ path: "/jobs/:jobId", Component: JobPage as never, loader: () => body, HydrateFallback: () => null }]);
  renderInLocale(<Stub initialEntries={["/jobs/job1"]} />, locale);
}

describe("the job page", () => {
  it("in Urdu, a freelancer gets the job in Urdu with the English text aside, the client's record and a proposal form with 4 milestone rows", async () => {
    renderPage("ur", "freelancer");
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("چائے کے ڈھابے کا لوگو");
    expect(screen.getByText(ur("jobs:page.otherLanguage.en"))).toBeTruthy();
    expect(screen.getByText(ur("jobs:page.client.title"))).toBeTruthy();
    expect(screen.getByText("کپ آٹھ اونس کے ہیں۔")).toBeTruthy();
    const form = screen.getByRole("form", { name: ur("proposals:form.title") });
    expect(form.getAttribute("method")).toBe("post");
    expect(form.querySelectorAll('input[name$=".amountRupees"]')).toHaveLength(4);
    expect(screen.queryByRole("link", { name: ur("jobs:page.edit") })).toBeNull();
    // Everything but the client's English text, their skill and the currency sign is Urdu.
    const ours = (document.body.textContent ?? "")
      .replace(job.titleEn, "")
      .replace(job.descriptionEn, "")
      .replace("Illustrator", "")
      .replaceAll("Rs", "");
    expect(ours).not.toMatch(/[A-Za-z]{2,}/);
  });

  it("gives the client the edit and proposals links, clarification, invite and close forms, and no proposal form", async () => {
    renderPage("en", "client");
    expect((await screen.findByRole("link", { name: en("jobs:page.edit") })).getAttribute("href")).toBe("/jobs/job1/edit");
    expect(screen.getByRole("link", { name: en("jobs:page.viewProposals") }).getAttribute("href")).toBe("/jobs/job1/proposals");
    for (const intent of ["clarify", "invite", "close"])
      expect(document.querySelector(`input[name="intent"][value="${intent}"]`)).toBeTruthy();
    expect(document.querySelector('input[name="intent"][value="propose"]')).toBeNull();
    expect(screen.getByText("50%")).toBeTruthy();
  });

  it("hides editing once a proposal has arrived", async () => {
    renderPage("en", "client", { job: { proposalCount: 2 } });
    await screen.findByRole("link", { name: en("jobs:page.viewProposals") });
    expect(screen.queryByRole("link", { name: en("jobs:page.edit") })).toBeNull();
  });

  it("shows a freelancer their own proposal with its decline reason instead of the form", async () => {
    const myProposal = {
      status: "DECLINED",
      bidPaisa: 800_000,
      deliveryDays: 5,
      declineReason: "We chose someone nearer.",
      createdAt: job.createdAt,
    };
    renderPage("en", "freelancer", { myProposal });
    const card = (await screen.findByText(en("proposals:mine.onThisJob"))).closest("div")?.parentElement as HTMLElement;
    expect(within(card).getByText(en("proposals:list.status.DECLINED"))).toBeTruthy();
    expect(screen.getByText("We chose someone nearer.")).toBeTruthy();
    expect(document.querySelector('input[name="intent"][value="propose"]')).toBeNull();
    expect(document.querySelector('input[name="intent"][value="withdraw"]')).toBeNull();
  });

  it("asks a visitor to log in and come back", async () => {
    renderPage("en", "anonymous");
    expect((await screen.findByRole("link", { name: en("jobs:page.logIn") })).getAttribute("href")).toBe(
      "/login?redirectTo=%2Fjobs%2Fjob1",
    );
  });
});
