import { describe, expect, it } from "vitest";
import { readForm } from "./form-data.ts";

const post = (body: BodyInit | null, contentType?: string) =>
  new Request("http://hunar.test/account", { method: "POST", body, headers: contentType ? { "Content-Type": contentType } : {} });

/** What readForm threw, as the error page receives it. */
async function refusal(request: Request): Promise<{ status: number; body: unknown }> {
  try {
    await readForm(request);
  } catch (thrown) {
    const { data, init } = thrown as { data: unknown; init: ResponseInit | null };
    return { status: init?.status ?? 0, body: data };
  }
  throw new Error("readForm accepted the body");
}

describe("readForm", () => {
  it("reads urlencoded and multipart forms, tabs and newlines included", async () => {
    const form = await readForm(post(new URLSearchParams({ name: "Ayesha\tKhan", bio: "لائن ایک\r\nline two" })));
    expect([form.get("name"), form.get("bio")]).toEqual(["Ayesha\tKhan", "لائن ایک\r\nline two"]);
    const multipart = new FormData();
    multipart.append("title", "لوگو");
    expect((await readForm(new Request("http://hunar.test/x", { method: "POST", body: multipart }))).get("title")).toBe("لوگو");
  });

  it("answers 415 for a body that is not a form: JSON, plain text, none declared", async () => {
    const undeclared = post(new Blob(["email=a"]));
    expect(undeclared.headers.get("Content-Type")).toBeNull();
    for (const request of [post('{"email":"a@b.c"}', "application/json"), post("email=a", "text/plain"), undeclared]) {
      expect(await refusal(request)).toEqual({ status: 415, body: { messageKey: "errors:notAForm" } });
    }
  });

  it("answers 400 for a multipart body that does not parse, and for control characters in any field", async () => {
    const broken = post('--nope\r\nContent-Disposition: form-data; name="a"\r\n\r\nx', "multipart/form-data; boundary=other");
    expect(await refusal(broken)).toEqual({ status: 400, body: { messageKey: "errors:unreadableForm" } });
    for (const value of ["a\u0000b", "\u0007", "x\u007F", "\u001B[31m"]) {
      expect(await refusal(post(new URLSearchParams({ name: value })))).toEqual({
        status: 400,
        body: { messageKey: "errors:controlCharacters" },
      });
    }
  });
});
