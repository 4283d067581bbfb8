// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { createRoutesStub } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createT } from "@hunar/i18n/translate";
import { renderInLocale } from "#app/test/render.tsx";
import { textField } from "#app/utils/form-data.ts";
import SignUp from "./signup.tsx";

afterEach(cleanup);

function renderSignUp(action: (form: FormData) => unknown, entry = "/signup") {
  const Stub = createRoutesStub([
    {
      path: "/signup",
      Component: SignUp,
      action: async ({ request }) => action(await request.formData()),
    },
  ]);
  return renderInLocale(<Stub initialEntries={[entry]} />, "ur");
}

const ur = createT("ur");
const field = (key: string) => screen.getByLabelText(ur(key));

describe("sign-up form", () => {
  it("checks fields in the browser with the server's rules and says why in Urdu", async () => {
    const action = vi.fn(() => null);
    renderSignUp(action);
    const email = field("account:fields.email");

    fireEvent.change(email, { target: { value: "not-an-email" } });
    fireEvent.focusOut(email);
    // Leaving a field says nothing yet: an error appearing then moved the submit button from under the click.
    expect(screen.queryByText(ur("errors:emailInvalid"))).toBeNull();

    // Submitting checks every field in the browser and stays there: the server is not asked.
    fireEvent.submit(email.closest("form")!);
    expect(await screen.findByText(ur("errors:emailInvalid"))).toBeTruthy();
    expect(email.getAttribute("aria-invalid")).toBe("true");
    expect(email.getAttribute("aria-describedby")).toContain(screen.getByText(ur("errors:emailInvalid")).id);
    expect((await screen.findAllByText(ur("errors:required"))).length).toBeGreaterThanOrEqual(1);

    // Fixing the field clears its error as it is typed.
    fireEvent.change(email, { target: { value: "ayesha@example.pk" } });
    await waitFor(() => expect(screen.queryByText(ur("errors:emailInvalid"))).toBeNull());
    expect(action).not.toHaveBeenCalled();
  });

  it("sends a valid form and shows the server's field errors, keeping what was typed", async () => {
    const action = vi.fn((form: FormData) => ({
      errors: { fields: { email: { key: "errors:emailTaken" } }, form: { key: "account:formErrorSummary" } },
      values: { name: textField(form, "name"), email: textField(form, "email"), intent: "WORK", locale: "ur" },
    }));
    renderSignUp(action, "/signup?intent=WORK");

    expect(screen.getByLabelText<HTMLInputElement>(ur("account:fields.intentWork")).checked).toBe(true);
    fireEvent.change(field("account:fields.name"), { target: { value: "عائشہ خان" } });
    fireEvent.change(field("account:fields.email"), { target: { value: "ayesha@example.pk" } });
    fireEvent.change(field("account:fields.password"), { target: { value: "chai-at-Lahore-4pm" } });
    fireEvent.submit(field("account:fields.email").closest("form")!);

    expect(await screen.findByText(ur("errors:emailTaken"))).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toBe(ur("account:formErrorSummary"));
    expect(action).toHaveBeenCalledTimes(1);
    const sent = action.mock.calls[0]![0];
    expect(Object.fromEntries(sent)).toMatchObject({ name: "عائشہ خان", email: "ayesha@example.pk", intent: "WORK", locale: "ur" });
    expect((field("account:fields.name") as HTMLInputElement).value).toBe("عائشہ خان");
  });
});
