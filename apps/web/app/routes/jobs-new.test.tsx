// @vitest-environment happy-dom
import { createT } from "@hunar/i18n/translate";
import { cleanup, screen } from "@testing-library/react";
import { createRoutesStub } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { emptyJobFields } from "#app/components/jobs/job-form-data.ts";
import { renderInLocale } from "#app/test/render.tsx";
import NewJob from "./jobs-new.tsx";

afterEach(cleanup);

const ur = createT("ur");

const categories = [
  {
    id: "c1",
    slug: "graphic-design",
    nameUr: "گرافک ڈیزائن",
    nameEn: "Graphic design",
    children: [{ id: "c2", slug: "logo-design", nameUr: "لوگو ڈیزائن", nameEn: "Logo design", children: [] }],
  },
];

function renderForm(actionData: unknown) {
  const Stub = createRoutesStub([
    {
      path: "/jobs/new",
      // The action's answer, as the page gets it after a refused post.
      Component: () => <NewJob {...({ loaderData: { categories }, actionData } as unknown as Parameters<typeof NewJob>[0])} />,
      HydrateFallback: () => null,
    },
  ]);
  renderInLocale(<Stub initialEntries={["/jobs/new"]} />, "ur");
}

describe("the post-a-job form", () => {
  it("is a plain POST with both languages, a subcategory, skills, budget type and visibility choices", async () => {
    renderForm(undefined);
    await screen.findByRole("heading", { level: 1, name: ur("jobs:form.newTitle") });
    const form = document.querySelector("form");
    expect(form?.getAttribute("method")).toBe("post");
    for (const name of [
      "titleUr",
      "titleEn",
      "descriptionUr",
      "descriptionEn",
      "skills",
      "budgetMinRupees",
      "budgetMaxRupees",
      "deadline",
    ]) {
      expect(form?.querySelector(`[name="${name}"]`), name).toBeTruthy();
    }
    expect(form?.querySelector('[name="titleUr"]')?.getAttribute("dir")).toBe("rtl");
    const category = form?.querySelector<HTMLSelectElement>('select[name="categoryId"]');
    expect([...(category?.options ?? [])].map((option) => option.value)).toEqual(["", "c2"]);
    expect([...document.querySelectorAll<HTMLInputElement>('input[name="budgetType"]')].map((r) => [r.value, r.checked])).toEqual([
      ["FIXED", false],
      ["RANGE", true],
    ]);
    expect(document.querySelector<HTMLInputElement>('input[name="visibility"][value="PUBLIC"]')?.checked).toBe(true);
  });

  it("keeps what was typed and shows each field's error in Urdu", async () => {
    renderForm({
      fields: { ...emptyJobFields(), titleEn: "Logo", budgetMinRupees: "5,000", budgetType: "FIXED", visibility: "INVITE_ONLY" },
      errors: { fields: { budgetMinRupees: { key: "jobs:errors.budgetRange" } }, form: { key: "account:formErrorSummary" } },
    });
    expect(await screen.findByText(ur("jobs:errors.budgetRange"))).toBeTruthy();
    expect(screen.getByText(ur("account:formErrorSummary"))).toBeTruthy();
    expect(document.querySelector<HTMLInputElement>('input[name="titleEn"]')?.value).toBe("Logo");
    expect(document.querySelector<HTMLInputElement>('input[name="budgetMinRupees"]')?.getAttribute("aria-invalid")).toBe("true");
    expect(document.querySelector<HTMLInputElement>('input[name="budgetType"][value="FIXED"]')?.checked).toBe(true);
    expect(document.querySelector<HTMLInputElement>('input[name="visibility"][value="INVITE_ONLY"]')?.checked).toBe(true);
  });
});
