import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DateTimeField } from "./date-time-field.tsx";
import { FileField } from "./file-field.tsx";

const texts = {
  chooseLabel: "فائلیں منتخب کریں",
  noFileText: "کوئی فائل منتخب نہیں کی گئی",
  filesChosenText: (n: number) => `${n} فائلیں`,
};

describe("FileField", () => {
  const html = renderToStaticMarkup(
    <FileField id="files" name="files" multiple label="فائلیں" hint="زیادہ سے زیادہ 5" error="غلط" {...texts} />,
  );

  it("keeps the native input, named by the field's label and announced with hint and error", () => {
    expect(html).toMatch(/<input[^>]*type="file"/);
    expect(html).toMatch(/<input[^>]*name="files"/);
    expect(html).toMatch(/<input[^>]*class="peer sr-only"/);
    expect(html).toMatch(/<input[^>]*aria-labelledby="files-label"/);
    expect(html).toMatch(/<input[^>]*aria-describedby="files-hint files-error"/);
    expect(html).toMatch(/<input[^>]*aria-invalid="true"/);
    expect(html).toContain('<label id="files-label" for="files"');
  });

  it("opens the picker from a label in the page's language, not the browser's button", () => {
    expect(html).toMatch(/<label for="files" aria-hidden="true"[^>]*>فائلیں منتخب کریں<\/label>/);
  });

  it("claims nothing about the chosen files before the page's script runs", () => {
    expect(html).not.toContain(texts.noFileText);
    expect(html).not.toContain("files-status");
  });
});

describe("DateTimeField", () => {
  it("is a text input with the format in the page's language and an example as placeholder", () => {
    const html = renderToStaticMarkup(<DateTimeField id="when" name="when" label="کب" formatHint="سال-مہینہ-دن" />);
    expect(html).toMatch(/<input[^>]*type="text"/);
    expect(html).not.toMatch(/type="(date|datetime-local)"/);
    expect(html).toMatch(/<input[^>]*placeholder="2026-12-02 14:30"/);
    expect(html).toMatch(/<input[^>]*aria-describedby="when-hint"/);
    expect(html).toContain("سال-مہینہ-دن");
  });
});
