// @vitest-environment happy-dom
import type { Locale } from "@hunar/i18n/config";
import { createT } from "@hunar/i18n/translate";
import { cleanup, screen } from "@testing-library/react";
import type { ReactElement } from "react";
import { createRoutesStub } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { renderInLocale } from "#app/test/render.tsx";
import { DeliveryPanel, type DeliveryItemView } from "./delivery-panel.tsx";
import { RevisionAcceptPanel } from "./revision-accept-panel.tsx";

afterEach(cleanup);

const freelancer = { id: "f1", displayName: "Ayesha Khan" };
const client = { id: "c1", displayName: "Bilal Ahmed" };
const first: DeliveryItemView = {
  id: "d1",
  message: "لوگو کی فائلیں حاضر ہیں",
  createdAt: new Date("2026-03-02T09:00:00Z"),
  sender: freelancer,
  files: [{ id: "a1", fileName: "logo.pdf", mimeType: "application/pdf", byteSize: 2_621_440 }],
  revisionRequests: [{ id: "r1", message: "Darker green, please", createdAt: new Date("2026-03-03T09:00:00Z"), requester: client }],
};
const second: DeliveryItemView = { ...first, id: "d2", message: "Darker now", files: [], revisionRequests: [] };

function renderOnOrderPage(ui: ReactElement, locale: Locale) {
  const Stub = createRoutesStub([{ path: "/orders/:orderId", Component: () => ui }]);
  return renderInLocale(<Stub initialEntries={["/orders/o1"]} />, locale);
}

/** The intents of the forms on the page, in order. */
const intents = (container: HTMLElement) =>
  [...container.querySelectorAll("form")].map((form) => new URL(form.getAttribute("action") ?? "", "http://x").searchParams.get("intent"));

describe("the work panels", () => {
  for (const locale of ["ur", "en"] as const) {
    const t = createT(locale);

    it(`lists deliveries newest first with their files and revision requests, and offers the freelancer a multipart deliver form, in ${locale}`, async () => {
      const { container } = renderOnOrderPage(<DeliveryPanel orderId="o1" deliveries={[second, first]} canDeliver />, locale);
      expect(await screen.findByRole("heading", { name: t("orders:work.deliveries.heading") })).toBeTruthy();
      const link = screen.getByRole("link", { name: t("orders:work.deliveries.download", { name: "logo.pdf" }) });
      expect(link.getAttribute("href")).toBe("/orders/o1/files/a1");
      expect(screen.getByText("لوگو کی فائلیں حاضر ہیں").getAttribute("dir")).toBe("auto");
      expect(screen.getByText("Darker green, please").getAttribute("dir")).toBe("auto");
      const items = [...container.querySelectorAll("ol > li")].map((li) => li.textContent ?? "");
      expect(items[0]).toContain("Darker now");
      expect(items[1]).toContain("logo.pdf");
      const form = container.querySelector("form");
      expect([form?.getAttribute("method"), form?.getAttribute("enctype")]).toEqual(["post", "multipart/form-data"]);
      expect(intents(container)).toEqual(["deliver"]);
      expect(screen.getByLabelText(t("orders:work.deliver.message"), { exact: false }).getAttribute("name")).toBe("message");
      expect(container.querySelector('input[type="file"]')?.getAttribute("name")).toBe("files");
      expect(screen.getByRole("button", { name: t("orders:work.deliver.redeliver") })).toBeTruthy();
    });

    it(`shows a refused delivery's error and keeps the files already stored, in ${locale}`, async () => {
      const result = {
        intent: "deliver",
        values: { message: "Here it is", files: [{ id: "a9", fileName: "brief.txt" }] },
        errors: { fields: { files: { key: "orders:errors.files.tooLarge", params: { maxMb: 25, totalMb: 60 } } } },
      };
      renderOnOrderPage(<DeliveryPanel orderId="o1" deliveries={[]} canDeliver result={result} />, locale);
      expect(await screen.findByText(t("orders:errors.files.tooLarge", { maxMb: 25, totalMb: 60 }))).toBeTruthy();
      const kept = screen.getByRole("checkbox", { name: "brief.txt" });
      expect([kept.getAttribute("name"), kept.getAttribute("value"), (kept as HTMLInputElement).checked]).toEqual([
        "keptFile",
        "a9/brief.txt",
        true,
      ]);
      expect(screen.getByRole("button", { name: t("orders:work.deliver.submit") })).toBeTruthy();
    });

    it(`shows nothing to deliver for someone who may not deliver before anything was delivered, in ${locale}`, () => {
      const { container } = renderOnOrderPage(<DeliveryPanel orderId="o1" deliveries={[]} canDeliver={false} />, locale);
      expect(container.querySelector("form")).toBeNull();
      expect(container.textContent).toBe("");
    });

    it(`offers the client acceptance and a revision while revisions are left, in ${locale}`, async () => {
      const { container } = renderOnOrderPage(
        <RevisionAcceptPanel revisionsLeft={1} autoCompleteAt={new Date("2026-03-05T09:00:00Z")} />,
        locale,
      );
      expect(await screen.findByRole("button", { name: t("orders:work.review.accept") })).toBeTruthy();
      expect(intents(container)).toEqual(["accept", "requestRevision"]);
      expect(screen.getByText(t("orders:work.review.revisionsLeft", { count: 1 }))).toBeTruthy();
      expect(screen.getByLabelText(t("orders:work.review.reason"), { exact: false }).getAttribute("dir")).toBe("auto");
    });

    it(`offers only acceptance once no revision is left, and says so, in ${locale}`, async () => {
      const { container } = renderOnOrderPage(<RevisionAcceptPanel revisionsLeft={0} autoCompleteAt={null} />, locale);
      expect(await screen.findByText(t("orders:work.review.noneLeft"))).toBeTruthy();
      expect(intents(container)).toEqual(["accept"]);
    });

    it(`shows a refused revision's error beside its field, in ${locale}`, async () => {
      const result = {
        intent: "requestRevision",
        values: { reason: "" },
        errors: { fields: { reason: { key: "orders:errors.reasonRequired" } } },
      };
      renderOnOrderPage(<RevisionAcceptPanel revisionsLeft={null} autoCompleteAt={null} result={result} />, locale);
      expect(await screen.findByText(t("orders:errors.reasonRequired"))).toBeTruthy();
      expect(screen.getByText(t("orders:work.review.revisionsUnlimited"))).toBeTruthy();
    });
  }
});
