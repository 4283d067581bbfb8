// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { Message } from "#app/utils/form-errors.ts";
import { useFormValidation } from "./use-form-validation.ts";

afterEach(cleanup);

const validate = (form: HTMLFormElement): Record<string, Message> => {
  const email = (form.elements.namedItem("email") as HTMLInputElement).value;
  return email.includes("@") ? {} : { email: { key: "errors:email" } };
};

function SignUpLike() {
  const { formProps, errorFor } = useFormValidation(validate, undefined);
  return (
    <form {...formProps}>
      <input name="email" aria-label="email" />
      {errorFor("email") ? <p role="alert">{errorFor("email")?.key}</p> : null}
      <button type="submit">Sign up</button>
    </form>
  );
}

describe("useFormValidation", () => {
  it("shows nothing when a field loses focus, so the submit button does not move under the pointer", () => {
    render(<SignUpLike />);
    const email = screen.getByLabelText("email");
    fireEvent.change(email, { target: { value: "not-an-email" } });
    fireEvent.blur(email);
    fireEvent.focusOut(email);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows the error on submit, and clears it as the field is fixed", () => {
    render(<SignUpLike />);
    const email = screen.getByLabelText("email");
    fireEvent.change(email, { target: { value: "not-an-email" } });
    fireEvent.submit(email.closest("form")!);
    expect(screen.getByRole("alert").textContent).toBe("errors:email");
    fireEvent.change(email, { target: { value: "sana@example.pk" } });
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
