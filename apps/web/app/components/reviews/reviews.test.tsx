// @vitest-environment happy-dom
import { createT } from "@hunar/i18n/translate";
import { cleanup, screen, within } from "@testing-library/react";
import { createRoutesStub } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import type { OrderReviews } from "@hunar/orders/reviews/read-order-reviews";
import { ReviewPanel } from "#app/components/orders/review-panel.tsx";
import { renderInLocale } from "#app/test/render.tsx";
import { ReviewSection, type ReviewSectionProps } from "./review-section.tsx";

afterEach(cleanup);

const ur = createT("ur");
const en = createT("en");

function renderAt(entry: string, element: () => React.ReactElement, locale: "ur" | "en" = "ur") {
  const Stub = createRoutesStub([{ path: "*", Component: element }]);
  return renderInLocale(<Stub initialEntries={[entry]} />, locale);
}

const review = {
  id: "r1",
  rating: 4,
  communication: 5,
  quality: 4,
  onTime: 3,
  comment: "بہت اچھا کام",
  reply: "Thank you",
  packageTier: "PREMIUM" as const,
  revealedAt: new Date("2026-02-01T10:00:00Z"),
  author: { displayName: "Zara Sheikh" },
};

describe("the reviews on a gig or seller page", () => {
  const section =
    (props: Partial<ReviewSectionProps> = {}) =>
    () => <ReviewSection reviews={[review]} nextCursor="abc" paged={false} rating={4.5} ratingCount={12} {...props} />;

  it("names each review's stars and package and links to older reviews without JavaScript", () => {
    renderAt("/gigs/logo", section());
    // The overall rating, then communication, quality and on time, each named by its number.
    const stars = screen.getAllByRole("img").map((image) => image.getAttribute("aria-label"));
    expect(stars).toEqual(["4", "5", "4", "3"].map((rating) => ur("reviews:stars", { rating })));
    expect(screen.getByText(ur("reviews:tier.PREMIUM"))).toBeTruthy();
    expect(screen.getByText("بہت اچھا کام").getAttribute("dir")).toBe("auto");
    expect(screen.getByRole("link", { name: ur("reviews:list.more") }).getAttribute("href")).toBe("/gigs/logo?reviews=abc#reviews");
    expect(screen.queryByRole("link", { name: ur("reviews:list.newest") })).toBeNull();
  });

  it("on an older page links back to the newest and says when nothing is left", () => {
    renderAt("/gigs/logo?reviews=abc", section({ reviews: [], nextCursor: null, paged: true }), "en");
    expect(screen.getByText(en("reviews:list.noMore"))).toBeTruthy();
    expect(screen.getByRole("link", { name: en("reviews:list.newest") }).getAttribute("href")).toBe("/gigs/logo#reviews");
  });
});

describe("the review panel on the order page", () => {
  // Typed as the domain's read, so the panel is checked to take what the order page loads.
  const data = (overrides: Partial<OrderReviews> = {}): OrderReviews => ({
    orderId: "o1",
    role: "client",
    mayWrite: "review",
    closesAt: new Date("2026-03-01T10:00:00Z"),
    windowOpen: true,
    mine: null,
    theirs: null,
    theirsWaiting: false,
    ...overrides,
  });

  it("gives the client a plain POST form with four star radio groups", () => {
    renderAt("/orders/o1", () => <ReviewPanel reviews={data()} />);
    const form = screen.getByRole("button", { name: ur("reviews:panel.submit") }).closest("form")!;
    expect(form.getAttribute("method")).toBe("post");
    expect(form.getAttribute("action")).toBe("/orders/o1?intent=review");
    expect(within(form).getAllByRole("group")).toHaveLength(4);
    const overall = screen.getByRole("group", { name: ur("reviews:panel.overallClient") });
    expect(within(overall).getAllByRole("radio")).toHaveLength(5);
    expect(within(overall).getByRole("radio", { name: ur("reviews:starChoice", { count: 4, stars: "4" }) })).toBeTruthy();
  });

  it("gives the freelancer one overall rating and shows a field error with what was typed", () => {
    const result = {
      intent: "review",
      values: { rating: "", comment: "Kept" },
      errors: { fields: { rating: { key: "reviews:errors.ratingRequired" } }, form: { key: "account:formErrorSummary" } },
    };
    renderAt("/orders/o1", () => <ReviewPanel reviews={data({ role: "freelancer" })} result={result} />, "en");
    expect(screen.getAllByRole("group")).toHaveLength(1);
    expect(screen.getByText(en("reviews:errors.ratingRequired"))).toBeTruthy();
    expect(screen.getByLabelText(en("reviews:panel.comment"))).toHaveProperty("value", "Kept");
  });

  it("keeps the other side's review out until revealed, then shows it with the reply form", () => {
    renderAt(
      "/orders/o1",
      () => (
        <ReviewPanel
          reviews={data({
            role: "freelancer",
            mayWrite: null,
            mine: { ...review, id: "m1", revealedAt: null, repliedAt: null, createdAt: new Date() },
            theirsWaiting: true,
          })}
        />
      ),
      "en",
    );
    expect(screen.getByText(en("reviews:panel.mineHidden", { date: "1 March 2026 at 3:00 pm" }))).toBeTruthy();
    expect(screen.queryByText(en("reviews:panel.theirsClient"))).toBeNull();
    cleanup();
    renderAt(
      "/orders/o1",
      () => (
        <ReviewPanel
          reviews={data({
            role: "freelancer",
            mayWrite: "reply",
            windowOpen: false,
            theirs: { ...review, reply: null, repliedAt: null, createdAt: new Date() },
          })}
        />
      ),
      "en",
    );
    expect(screen.getByText(en("reviews:panel.theirsClient"))).toBeTruthy();
    const form = screen.getByRole("button", { name: en("reviews:panel.replySubmit") }).closest("form")!;
    expect(form.getAttribute("action")).toBe("/orders/o1?intent=replyToReview");
    expect(within(form).getByDisplayValue("r1")).toBeTruthy();
  });
});
