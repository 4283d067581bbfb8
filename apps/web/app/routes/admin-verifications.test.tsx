// @vitest-environment happy-dom
import { createT } from "@hunar/i18n/translate";
import { cleanup, screen } from "@testing-library/react";
import { createRoutesStub } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { renderInLocale } from "#app/test/render.tsx";
import AdminVerifications from "./admin-verifications.tsx";

afterEach(cleanup);

const waiting = {
  userId: "user-1",
  displayName: "Usman Tariq",
  handle: "usman",
  cnic: "35202-1234567-1",
  psebNumber: null,
  cnicVerifiedAt: null,
  psebVerifiedAt: null,
};

function renderPage(actionData: unknown, locale: "ur" | "en") {
  const Stub = createRoutesStub([
    {
      path: "/admin/verifications",
      Component: () => {
        const props = { loaderData: { requests: [waiting] }, actionData } as unknown as Parameters<typeof AdminVerifications>[0];
        return <AdminVerifications {...props} />;
      },
      HydrateFallback: () => null,
    },
  ]);
  return renderInLocale(<Stub initialEntries={["/admin/verifications"]} />, locale);
}

describe("the verification queue", () => {
  for (const locale of ["ur", "en"] as const) {
    const t = createT(locale);

    it(`asks what each number was checked against, and shows a refusal on that row, in ${locale}`, async () => {
      const refused = {
        done: false,
        item: "user-1:cnic",
        values: { reason: "ok" },
        errors: { form: { key: "account:formErrorSummary" }, fields: { reason: { key: "profiles:errors.verificationReasonRequired" } } },
      };
      const { container } = renderPage(refused, locale);
      const field = await screen.findByLabelText(t("profiles:admin.reason"));
      expect([field.getAttribute("name"), field.getAttribute("required"), field.getAttribute("minlength")]).toEqual(["reason", "", "3"]);
      expect((field as HTMLInputElement).value).toBe("ok");
      expect(screen.getByText(t("profiles:errors.verificationReasonRequired"))).toBeTruthy();
      expect(container.querySelector("input[name='what']")?.getAttribute("value")).toBe("cnic");
    });
  }
});
