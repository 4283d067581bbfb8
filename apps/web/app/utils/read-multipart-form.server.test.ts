import { AppError, isAppError } from "@hunar/core/app-error";
import { oversizedJpegLike, samplePng } from "@hunar/gigs/images/testing/sample-images";
import { describe, expect, it } from "vitest";
import { readChatForm } from "#app/chat/read-chat-form.server.ts";
import { readGigForm } from "./read-gig-form.server.ts";
import { readMultipartForm } from "./read-multipart-form.server.ts";

function formRequest(form: FormData): Request {
  return new Request("http://localhost/gigs/new", { method: "POST", body: form });
}

async function fieldErrorOf(promise: Promise<unknown>, field = "images") {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  expect(error.code).toBe("BAD_INPUT");
  return error.fields?.[field];
}

describe("readMultipartForm, as the gig form reads it", () => {
  it("returns the text fields and the chosen files of the images field", async () => {
    const png = await samplePng(400, 300);
    const form = new FormData();
    form.append("titleEn", "I will design a logo");
    form.append("imageIds", "img_1");
    form.append("images", new File([new Uint8Array(png)], "logo.png", { type: "image/png" }));
    form.append("images", new File([new Uint8Array(png)], "second.png", { type: "image/png" }));
    form.append("avatar", new File([new Uint8Array(png)], "ignored.png", { type: "image/png" }));

    const { form: parsed, files } = await readGigForm(formRequest(form));
    expect(parsed.get("titleEn")).toBe("I will design a logo");
    expect(parsed.getAll("imageIds")).toEqual(["img_1"]);
    // Files are handed over separately, not left in the form.
    expect(parsed.has("images")).toBe(false);
    expect(parsed.has("avatar")).toBe(false);
    expect(files.map((file) => file.name)).toEqual(["logo.png", "second.png"]);
    expect(Buffer.from(await files[0]!.arrayBuffer()).equals(png)).toBe(true);
  });

  it("skips the empty part a browser sends for a file input left blank", async () => {
    const form = new FormData();
    form.append("titleEn", "No pictures yet");
    form.append("images", new File([], "", { type: "application/octet-stream" }));
    const { files } = await readGigForm(formRequest(form));
    expect(files).toEqual([]);
  });

  it("refuses a 6 MB file while reading it", async () => {
    const form = new FormData();
    form.append("images", new File([new Uint8Array(oversizedJpegLike(6 * 1024 * 1024))], "huge.jpg", { type: "image/jpeg" }));
    expect(await fieldErrorOf(readGigForm(formRequest(form)))).toEqual({
      key: "images:errors.tooLarge",
      params: { maxMb: 5 },
    });
  });

  it("refuses more files than a gig may have", async () => {
    const png = await samplePng(200, 200);
    const form = new FormData();
    for (let i = 0; i < 6; i++) form.append("images", new File([new Uint8Array(png)], `${i}.png`, { type: "image/png" }));
    expect(await fieldErrorOf(readGigForm(formRequest(form)))).toEqual({
      key: "images:errors.tooManyImages",
      params: { max: 5 },
    });
  });

  it("reports a broken multipart body, or a body that is no form at all, as a form error", async () => {
    const broken = new Request("http://localhost/gigs/new", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=xyz" },
      body: '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nno closing boundary',
    });
    expect(await fieldErrorOf(readGigForm(broken))).toEqual({ key: "images:errors.unreadableForm" });
    const text = new Request("http://localhost/gigs/new", { method: "POST", headers: { "content-type": "text/plain" }, body: "hello" });
    expect(await fieldErrorOf(readGigForm(text))).toEqual({ key: "images:errors.unreadableForm" });
  });

  it("reads a plain urlencoded form too", async () => {
    const request = new Request("http://localhost/gigs/new", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "titleEn=Logo&imageIds=a&imageIds=b",
    });
    const { form, files } = await readGigForm(request);
    expect(form.getAll("imageIds")).toEqual(["a", "b"]);
    expect(files).toEqual([]);
  });
});

describe("readMultipartForm with other rules", () => {
  it("refuses in the caller's words, on the caller's field", async () => {
    const png = await samplePng(200, 200);
    const form = new FormData();
    for (let i = 0; i < 6; i++) form.append("file", new File([new Uint8Array(png)], `${i}.png`, { type: "image/png" }));
    expect(await fieldErrorOf(readChatForm(formRequest(form)), "file")).toEqual({
      key: "chat:errors.attachments.tooMany",
      params: { max: 5 },
    });

    const small = new FormData();
    small.append("photo", new File([new Uint8Array(png)], "a.png", { type: "image/png" }));
    const refusal = (key: string) => () => new AppError("BAD_INPUT", key);
    const rules = {
      fileField: "photo",
      maxFiles: 1,
      maxFileBytes: 100,
      refuse: { tooLarge: refusal("x:tooLarge"), tooMany: refusal("x:tooMany"), unreadable: refusal("x:unreadable") },
    };
    await expect(readMultipartForm(formRequest(small), rules)).rejects.toMatchObject({ messageKey: "x:tooLarge" });
  });

  it("takes the files of every field a test accepts, each with the name of its field", async () => {
    const form = new FormData();
    form.append("answers.0.answer", "Hunar Chai");
    form.append("answers.0.file", new File([], "", { type: "application/octet-stream" }));
    form.append("answers.2.file", new File([new TextEncoder().encode("brief")], "brief.txt", { type: "text/plain" }));
    form.append("avatar", new File([new TextEncoder().encode("x")], "ignored.txt", { type: "text/plain" }));
    const refusal = (key: string) => () => new AppError("BAD_INPUT", key);
    const { form: parsed, files } = await readMultipartForm(formRequest(form), {
      fileField: (name) => /^answers\.\d+\.file$/.test(name),
      maxFiles: 3,
      maxFileBytes: 100,
      refuse: { tooLarge: refusal("x:tooLarge"), tooMany: refusal("x:tooMany"), unreadable: refusal("x:unreadable") },
    });
    expect(parsed.get("answers.0.answer")).toBe("Hunar Chai");
    expect(files.map((file) => [file.fieldName, file.name])).toEqual([["answers.2.file", "brief.txt"]]);
  });
});
