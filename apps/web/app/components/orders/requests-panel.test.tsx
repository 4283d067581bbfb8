// @vitest-environment happy-dom
import type { Locale } from "@hunar/i18n/config";
import { formatDate } from "@hunar/i18n/format";
import { createT } from "@hunar/i18n/translate";
import type { OrderRequests, OrderRequestView } from "@hunar/orders/requests/read-requests";
import { cleanup, screen } from "@testing-library/react";
import { createRoutesStub } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { renderInLocale } from "#app/test/render.tsx";
import { RequestsPanel, type RequestsPanelProps } from "./requests-panel.tsx";

afterEach(cleanup);

const NONE: OrderRequests = { pending: { extension: null, cancellation: null }, past: [] };
const asked = (kind: OrderRequestView["kind"], role: "client" | "freelancer", extra: Partial<OrderRequestView> = {}): OrderRequestView => ({
  id: `${kind}-request`,
  kind,
  status: "PENDING",
  requester: { userId: `${role}-id`, name: role === "client" ? "Bilal Ahmed" : "Ayesha Khan", role },
  days: kind === "EXTENSION" ? 3 : null,
  reason: "فائلیں دیر سے ملیں",
  createdAt: new Date("2026-03-02T09:00:00Z"),
  respondedAt: null,
  ...extra,
});
const running = { status: "IN_PROGRESS", dueAt: new Date("2026-03-05T09:00:00Z") };

function renderPanel(props: Partial<RequestsPanelProps> & Pick<RequestsPanelProps, "role">, locale: Locale = "en") {
  const Stub = createRoutesStub([
    { path: "/orders/:orderId", Component: () => <RequestsPanel order={running} requests={NONE} late={false} {...props} /> },
  ]);
  return renderInLocale(<Stub initialEntries={["/orders/o1"]} />, locale);
}

/** The intents of the forms on the page, in order. */
const intents = (container: HTMLElement) =>
  [...container.querySelectorAll("form")].map((form) => new URL(form.getAttribute("action") ?? "", "http://x").searchParams.get("intent"));

describe("the requests panel", () => {
  for (const locale of ["ur", "en"] as const) {
    const t = createT(locale);

    it(`offers the freelancer more time and cancellation, in ${locale}`, async () => {
      const { container } = renderPanel({ role: "freelancer" }, locale);
      expect(await screen.findByRole("button", { name: t("orders:requests.extension.submit") })).toBeTruthy();
      expect(screen.getByLabelText(t("orders:requests.extension.daysLabel", { max: 30 })).getAttribute("name")).toBe("days");
      expect(intents(container)).toEqual(["requestExtension", "requestCancellation"]);
      for (const form of container.querySelectorAll("form")) expect(form.getAttribute("method")).toBe("post");
    });

    it(`lets the client answer a request for more time, showing the reason as written, in ${locale}`, async () => {
      const { container } = renderPanel(
        { role: "client", requests: { ...NONE, pending: { extension: asked("EXTENSION", "freelancer"), cancellation: null } } },
        locale,
      );
      const accept = await screen.findByRole("button", { name: t("orders:requests.extension.accept", { count: 3 }) });
      expect([accept.getAttribute("name"), accept.getAttribute("value")]).toEqual(["answer", "accept"]);
      expect(screen.getByRole("button", { name: t("orders:requests.extension.decline") }).getAttribute("value")).toBe("decline");
      expect(container.querySelector('input[name="requestId"]')?.getAttribute("value")).toBe("EXTENSION-request");
      expect(screen.getByText("فائلیں دیر سے ملیں").getAttribute("dir")).toBe("auto");
      expect(intents(container)).toEqual(["answerExtension", "requestCancellation"]);
    });
  }

  it("shows the requester a withdraw button, never the answer to their own request", async () => {
    const { container } = renderPanel({
      role: "client",
      requests: { ...NONE, pending: { extension: null, cancellation: asked("CANCELLATION", "client") } },
    });
    expect(await screen.findByRole("button", { name: "Withdraw the request" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Agree to cancel" })).toBeNull();
    expect(intents(container)).toEqual(["withdrawRequest"]);
  });

  it("lets the other party agree to cancel, and a late order's client cancel alone", async () => {
    const pending = { ...NONE, pending: { extension: null, cancellation: asked("CANCELLATION", "freelancer") } };
    const { container } = renderPanel({ role: "client", late: true, requests: pending });
    expect(await screen.findByRole("button", { name: "Agree to cancel" })).toBeTruthy();
    expect(intents(container)).toEqual(["answerCancellation", "cancelLate"]);
    cleanup();
    const freelancer = renderPanel({ role: "freelancer", late: true });
    expect(intents(freelancer.container)).toEqual(["requestExtension", "requestCancellation"]);
  });

  it("shows a field's error beside the form that sent it, with what was typed kept", async () => {
    const result = {
      intent: "requestExtension",
      values: { days: "45", reason: "Need more" },
      errors: {
        fields: { days: { key: "orders:errors.extension.daysInvalid", params: { max: 30 } } },
        form: { key: "account:formErrorSummary" },
      },
    };
    renderPanel({ role: "freelancer", result });
    expect(await screen.findByText("Choose between 1 and 30 days.")).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>("How many more days (1 to 30)").value).toBe("45");
    // The page shows the summary above every panel; the panel does not repeat it.
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByLabelText<HTMLTextAreaElement>("Why do you need more time?").value).toBe("Need more");
  });

  it("offers nothing once the order has moved on, but still lists earlier requests", async () => {
    const { container } = renderPanel({ role: "client", order: { status: "DELIVERED", dueAt: running.dueAt } });
    expect(container.textContent).toBe("");
    cleanup();
    const past = [asked("EXTENSION", "freelancer", { status: "DECLINED" })];
    const history = renderPanel({ role: "client", order: { status: "COMPLETED", dueAt: null }, requests: { ...NONE, past } });
    expect(await screen.findByText("Declined")).toBeTruthy();
    const on = formatDate(past[0]?.createdAt ?? "", "en");
    expect(history.container.textContent).toContain(`3 more days, asked by \u2068Ayesha Khan\u2069 on ${on}`);
    expect(intents(history.container)).toEqual([]);
  });
});
