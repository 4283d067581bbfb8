// @vitest-environment happy-dom
import { cleanup } from "@testing-library/react";
import { createRoutesStub } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { renderInLocale } from "#app/test/render.tsx";
import { Composer } from "./composer.tsx";

afterEach(cleanup);

function renderComposer(formError: { key: string }) {
  const Stub = createRoutesStub([
    {
      path: "/inbox/c1",
      Component: () => (
        <Composer
          clientMessageId="m1"
          live={false}
          limits={{ maxMb: 10, maxFiles: 5 }}
          errors={{ form: formError }}
          draft=""
          onSend={() => undefined}
          onTyping={() => undefined}
        />
      ),
    },
  ]);
  return renderInLocale(<Stub initialEntries={["/inbox/c1"]} />, "ur");
}

describe("the composer's refusal without JavaScript", () => {
  it("links 'confirm your e-mail first' to the page that sends the link again", async () => {
    const { findByRole } = renderComposer({ key: "errors:emailNotVerified" });
    const link = await findByRole("link");
    expect(link.getAttribute("href")).toBe("/verify-email");
    expect(link.closest("#composer-form-error")).not.toBeNull();
  });

  it("adds no link to any other refusal", async () => {
    const { findByText, queryByRole } = renderComposer({ key: "errors:invalid" });
    await findByText(/./u, { selector: "#composer-form-error" });
    expect(queryByRole("link")).toBeNull();
  });
});
