import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChoiceGroup } from "./choice-group.tsx";
import { TextField } from "./field.tsx";

function parse(html: string) {
  const attr = (tag: string, name: string) => new RegExp(`<${tag}[^>]*\\s${name}="([^"]*)"`).exec(html)?.[1];
  return { html, attr };
}

describe("TextField", () => {
  it("labels the input and announces hint and error with it", () => {
    const { html, attr } = parse(
      renderToStaticMarkup(<TextField id="email" name="email" label="Email" hint="We never share it" error="Enter a valid email" />),
    );
    expect(attr("label", "for")).toBe("email");
    expect(attr("input", "aria-describedby")).toBe("email-hint email-error");
    expect(attr("input", "aria-invalid")).toBe("true");
    expect(html).toContain('<p id="email-error"');
    expect(html).toContain("Enter a valid email");
  });

  it("is not marked invalid and points at nothing without hint or error", () => {
    const { html, attr } = parse(renderToStaticMarkup(<TextField id="name" name="name" label="Name" />));
    expect(attr("input", "aria-invalid")).toBeUndefined();
    expect(attr("input", "aria-describedby")).toBeUndefined();
    expect(html).not.toContain("name-error");
  });

  it("keeps user-facing layout logical (no left/right utilities)", () => {
    const html = renderToStaticMarkup(<TextField id="x" name="x" label="X" error="e" hint="h" />);
    expect(html).not.toMatch(/\b(ml|mr|pl|pr|left|right|text-left|text-right)-/);
  });
});

describe("ChoiceGroup", () => {
  it("renders one radio per choice with the default checked and the error tied to the group", () => {
    const html = renderToStaticMarkup(
      <ChoiceGroup
        name="intent"
        legend="Intent"
        defaultValue="WORK"
        error="Choose one"
        choices={[
          { value: "HIRE", label: "Hire" },
          { value: "WORK", label: "Work" },
        ]}
      />,
    );
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(html).toMatch(/<input[^>]*checked=""[^>]*value="WORK"/);
    expect(html).not.toMatch(/<input[^>]*checked=""[^>]*value="HIRE"/);
    const describedBy = /<fieldset[^>]*aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(describedBy).toBeDefined();
    expect(html).toContain(`id="${describedBy}"`);
  });
});
