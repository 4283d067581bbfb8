// @vitest-environment happy-dom
import { createT } from "@hunar/i18n/translate";
import { cleanup, screen, within } from "@testing-library/react";
import { createRoutesStub } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { renderInLocale } from "#app/test/render.tsx";
import JobProposals from "./job-proposals.tsx";

afterEach(cleanup);

const ur = createT("ur");
const en = createT("en");

const freelancer = {
  id: "u2",
  displayName: "Ayesha Khan",
  handle: "ayesha-khan",
  href: "/u/ayesha-khan",
  headlineUr: null,
  headlineEn: null,
  city: "Lahore",
  languages: ["ur"],
  avatarKey: null,
  memberSince: new Date("2025-01-01T00:00:00.000Z"),
  rating: 4.8,
  ratingCount: 12,
  completedOrders: 30,
  responseTimeMinutes: 45,
};

const proposal = (overrides: Record<string, unknown> = {}) => ({
  id: "p1",
  freelancerId: "u2",
  coverLetter: "میں نے لاہور کے دس ڈھابوں کے لوگو بنائے ہیں۔",
  bidPaisa: 1_000_000,
  deliveryDays: 10,
  status: "SUBMITTED",
  declineReason: null,
  shortlistedAt: null,
  createdAt: new Date("2026-12-01T12:00:00.000Z"),
  milestones: [
    { title: "تین خاکے", amountPaisa: 400_000, dueDays: 3 },
    { title: "آخری فائلیں", amountPaisa: 600_000, dueDays: 10 },
  ],
  freelancer,
  ...overrides,
});

function renderPage(locale: "ur" | "en", proposals: unknown[], entry = "/jobs/job1/proposals", nextCursor: string | null = null) {
  const body = { job: { id: "job1", titleUr: "چائے کے ڈھابے کا لوگو", titleEn: null, status: "OPEN" }, proposals, nextCursor };
  const Stub = createRoutesStub([
    { path: "/jobs/:jobId/proposals", Component: JobProposals as never, loader: () => body, HydrateFallback: () => null },
  ]);
  renderInLocale(<Stub initialEntries={[entry]} />, locale);
}

describe("the client's list of a job's proposals", () => {
  it("shows each freelancer's card, the bid, plan and letter, with accept, shortlist, decline and message", async () => {
    renderPage("ur", [proposal()], "/jobs/job1/proposals", "next1");
    const item = (await screen.findAllByRole("listitem")).find((li) => li.querySelector("article")) as HTMLElement;
    expect(within(item).getByRole("link", { name: "Ayesha Khan" }).getAttribute("href")).toBe("/u/ayesha-khan");
    expect(item.textContent).toContain("تین خاکے");
    expect(item.textContent).toContain("میں نے لاہور کے دس ڈھابوں کے لوگو بنائے ہیں۔");
    const intents = [...item.querySelectorAll<HTMLButtonElement>('button[name="intent"]')].map((button) => button.value);
    expect(intents).toEqual(["accept", "shortlist", "decline"]);
    expect(
      within(item)
        .getByRole("link", { name: ur("proposals:list.message") })
        .getAttribute("href"),
    ).toBe("/messages/start?otherUserId=u2&proposalId=p1");
    expect(screen.getByRole("link", { name: ur("proposals:list.tabs.shortlisted") }).getAttribute("href")).toBe(
      "/jobs/job1/proposals?only=shortlisted",
    );
    expect(screen.getByRole("link", { name: ur("pages:search.nextPage") }).getAttribute("href")).toBe("/jobs/job1/proposals?cursor=next1");
    // Everything but the freelancer's name and the currency sign is Urdu.
    const ours = (document.body.textContent ?? "").replaceAll("Ayesha Khan", "").replaceAll("Rs", "");
    expect(ours).not.toMatch(/[A-Za-z]{2,}/);
  });

  it("offers no answers on a declined proposal and says why it was declined; the shortlist tab is marked", async () => {
    renderPage("en", [proposal({ status: "DECLINED", declineReason: "Too far away." })], "/jobs/job1/proposals?only=shortlisted");
    expect(await screen.findByText("Too far away.")).toBeTruthy();
    expect(document.querySelector('button[name="intent"]')).toBeNull();
    expect(screen.getByRole("link", { name: en("proposals:list.tabs.shortlisted") }).getAttribute("aria-current")).toBe("page");
  });
});
