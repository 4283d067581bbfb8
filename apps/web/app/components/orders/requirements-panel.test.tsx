// @vitest-environment happy-dom
import type { Locale } from "@hunar/i18n/config";
import { createT } from "@hunar/i18n/translate";
import { cleanup, screen } from "@testing-library/react";
import { createRoutesStub } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { renderInLocale } from "#app/test/render.tsx";
import { type AnsweredRequirement, RequirementsPanel, type RequirementsPanelProps } from "./requirements-panel.tsx";

afterEach(cleanup);

const QUESTIONS: AnsweredRequirement[] = [
  { position: 0, question: "آپ کے برانڈ کا نام کیا ہے؟", required: true, allowFile: false, answer: null, files: [] },
  { position: 1, question: "Your current logo", required: false, allowFile: true, answer: null, files: [] },
];
const waiting = { questions: QUESTIONS, submittedAt: null, awaitingAnswers: true, brief: null };

function renderPanel(props: Partial<RequirementsPanelProps>, locale: Locale) {
  const Stub = createRoutesStub([
    {
      path: "/orders/:orderId",
      Component: () => (
        <main>
          <p>ready</p>
          <RequirementsPanel requirements={waiting} viewerRole="client" {...props} />
        </main>
      ),
    },
  ]);
  return renderInLocale(<Stub initialEntries={["/orders/o1"]} />, locale);
}

describe("the requirements panel", () => {
  for (const locale of ["ur", "en"] as const) {
    const t = createT(locale);

    it(`gives the waiting client a multipart form with a field per question, in ${locale}`, async () => {
      const { container } = renderPanel({}, locale);
      const submit = await screen.findByRole("button", { name: t("orders:requirements.submit") });
      const form = submit.closest("form");
      expect([form?.getAttribute("method"), form?.getAttribute("action"), form?.getAttribute("enctype")]).toEqual([
        "post",
        "/orders/o1?intent=submitRequirements",
        "multipart/form-data",
      ]);
      expect([...container.querySelectorAll("textarea")].map((field) => [field.name, field.getAttribute("dir")])).toEqual([
        ["answers.0.answer", "auto"],
        ["answers.1.answer", "auto"],
      ]);
      // Only the question that takes a file offers one.
      expect([...container.querySelectorAll('input[type="file"]')].map((input) => input.getAttribute("name"))).toEqual(["answers.1.file"]);
      expect(screen.getByText("آپ کے برانڈ کا نام کیا ہے؟").getAttribute("dir")).toBe("auto");
      expect(screen.getByText(t("orders:requirements.clientIntro"))).toBeTruthy();
    });

    it(`shows an error on its question and a file stored by the refused attempt, in ${locale}`, async () => {
      const result = {
        values: { answers: [{ position: 1, answer: "", file: { id: "att1", fileName: "logo.pdf" } }] },
        errors: { fields: { "answers.0.answer": { key: "orders:errors.requirements.answerRequired" } } },
      };
      const { container } = renderPanel({ result }, locale);
      expect(await screen.findByText(t("orders:errors.requirements.answerRequired"))).toBeTruthy();
      expect(container.querySelector('input[name="answers.1.attachmentId"]')?.getAttribute("value")).toBe("att1");
      expect(container.querySelector('input[type="file"]')).toBeNull();
    });

    it(`shows the answers and files to the freelancer, without a form, in ${locale}`, async () => {
      const answered = {
        questions: [
          { ...QUESTIONS[0]!, answer: "Hunar Chai" },
          { ...QUESTIONS[1]!, files: [{ id: "f1", fileName: "logo.pdf", href: "/orders/o1/files/f1" }] },
        ],
        submittedAt: new Date("2026-03-02T09:00:00Z"),
        awaitingAnswers: false,
        brief: null,
      };
      const { container } = renderPanel({ requirements: answered, viewerRole: "freelancer" }, locale);
      expect((await screen.findByText("Hunar Chai")).getAttribute("dir")).toBe("auto");
      expect(screen.getByRole("link", { name: "logo.pdf" }).getAttribute("href")).toBe("/orders/o1/files/f1");
      expect(container.querySelector("form")).toBeNull();
    });

    it(`tells the freelancer the answers are awaited, and shows nothing for an order without questions, in ${locale}`, async () => {
      renderPanel({ viewerRole: "freelancer" }, locale);
      expect(await screen.findByText(t("orders:requirements.waitingForClient"))).toBeTruthy();
      expect(screen.queryByRole("button")).toBeNull();
      cleanup();
      renderPanel({ requirements: { questions: [], submittedAt: null, awaitingAnswers: false, brief: null } }, locale);
      expect((await screen.findByRole("main")).textContent).toBe("ready");
    });
  }
});
