// @vitest-environment happy-dom
import { createT } from "@hunar/i18n/translate";
import { cleanup, screen } from "@testing-library/react";
import { createRoutesStub } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { renderInLocale } from "#app/test/render.tsx";
import AdminUser from "./admin-user.tsx";

afterEach(cleanup);

const at = new Date("2026-03-02T09:00:00Z");
const order = (i: number) => ({
  id: `order-${i}`,
  number: 1000 + i,
  title: `Logo ${i}`,
  status: "IN_PROGRESS" as const,
  totalPaisa: 510_000,
  createdAt: at,
  freelancer: { id: "f1", displayName: "Ayesha Khan" },
});

function page(overrides: { suspended?: boolean; cnic?: { given: boolean; verifiedAt: Date | null } } = {}) {
  return {
    account: {
      id: "user-1",
      displayName: "Kamran Butt",
      email: "kamran@example.pk",
      handle: "kamran",
      isAdmin: false,
      intent: "BOTH" as const,
      emailVerifiedAt: at,
      createdAt: at,
      suspendedAt: overrides.suspended ? at : null,
      suspendedReason: overrides.suspended ? "Sold copied logos as his own work." : null,
    },
    cnic: overrides.cnic ?? { given: true, verifiedAt: null },
    cap: 20,
    ordersAsClient: { items: Array.from({ length: 20 }, (_, i) => order(i)), total: 22 },
    ordersAsFreelancer: { items: [], total: 0 },
    gigs: {
      items: [{ id: "g1", slug: "logo-gig", status: "PUBLISHED" as const, titleUr: "لوگو", titleEn: "Logo", updatedAt: at }],
      total: 1,
    },
    reportsAbout: {
      items: [
        {
          id: "r1",
          targetType: "GIG" as const,
          targetId: "g1",
          reason: "COPYRIGHT" as const,
          details: null,
          status: "OPEN" as const,
          createdAt: at,
          reporter: { id: "c1", displayName: "Sana Malik" },
        },
      ],
      total: 1,
    },
    reportsMade: { items: [], total: 0 },
    payouts: {
      items: [
        { id: "p1", status: "REQUESTED" as const, amountPaisa: "250000", rail: "JAZZCASH" as const, createdAt: at, processedAt: null },
      ],
      total: 1,
    },
    sessions: { items: [{ createdAt: at, expiresAt: at, userAgent: "Firefox/128", ip: "198.51.100.7" }], total: 1 },
  };
}

function renderPage(data: ReturnType<typeof page>, locale: "ur" | "en") {
  const Stub = createRoutesStub([
    { path: "/admin/users/:userId", Component: AdminUser as never, HydrateFallback: () => null, loader: () => data },
  ]);
  return renderInLocale(<Stub initialEntries={["/admin/users/user-1"]} />, locale);
}

describe("the admin's user page", () => {
  for (const locale of ["ur", "en"] as const) {
    const t = createT(locale);

    it(`offers the suspend form and the verification queue's approve action for a CNIC waiting, in ${locale}`, async () => {
      const { container } = renderPage(page(), locale);
      expect(await screen.findByRole("heading", { name: t("admin:users.suspend.title") })).toBeTruthy();
      const reason = container.querySelector("textarea[name='reason']");
      expect([reason?.getAttribute("minlength"), reason?.getAttribute("maxlength")]).toEqual(["10", "500"]);
      expect(container.querySelector("input[name='intent']")?.getAttribute("value")).toBe("suspend");
      const approve = screen.getByRole("button", { name: t("admin:users.page.verifyCnic") }).closest("form");
      expect(approve?.getAttribute("action")).toBe("/admin/verifications");
      expect(approve?.querySelector("input[name='what']")?.getAttribute("value")).toBe("cnic");
      // Verifying is an admin action like any other: it asks what the number was checked against.
      expect(approve?.querySelector("input[name='reason']")?.hasAttribute("required")).toBe(true);
      expect(screen.getByLabelText(t("profiles:admin.reason"))).toBeTruthy();
      expect(screen.getByText(t("admin:users.page.cnicPending"))).toBeTruthy();
      expect(screen.queryByText(t("admin:users.cnicVerified"))).toBeNull();
      // The capped list says so.
      expect(screen.getByText(t("admin:users.page.shown", { shown: "20", total: "22" }))).toBeTruthy();
      expect(screen.getByText(t("admin:users.page.sessions"))).toBeTruthy();
    });

    it(`shows a suspended account's reason, the restore form and the CNIC badge, in ${locale}`, async () => {
      const { container } = renderPage(page({ suspended: true, cnic: { given: true, verifiedAt: at } }), locale);
      expect(await screen.findByRole("heading", { name: t("admin:users.restore.title") })).toBeTruthy();
      expect(container.querySelector("input[name='intent']")?.getAttribute("value")).toBe("restore");
      expect(screen.getByText(t("admin:users.cnicVerified"))).toBeTruthy();
      expect(screen.queryByRole("button", { name: t("admin:users.page.verifyCnic") })).toBeNull();
      expect(screen.getByText(t("admin:users.page.suspendedReason", { reason: "Sold copied logos as his own work." }))).toBeTruthy();
    });
  }
});
