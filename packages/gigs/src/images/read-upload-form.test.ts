import { isAppError } from "@hunar/core/app-error";
import { describe, expect, it } from "vitest";
import { readUploadForm } from "./read-upload-form.ts";
import { oversizedJpegLike, samplePng } from "./testing/sample-images.ts";

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

describe("readUploadForm", () => {
  it("returns the text fields and the chosen files of the images field", async () => {
    const png = await samplePng(400, 300);
    const form = new FormData();
    form.append("titleEn", "I will design a logo");
    form.append("imageIds", "img_1");
    form.append("images", new File([png], "logo.png", { type: "image/png" }));
    form.append("images", new File([png], "second.png", { type: "image/png" }));
    form.append("avatar", new File([png], "ignored.png", { type: "image/png" }));

    const { form: parsed, files } = await readUploadForm(formRequest(form));
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
    const { files } = await readUploadForm(formRequest(form));
    expect(files).toEqual([]);
  });

  it("refuses a 6 MB file while reading it", async () => {
    const form = new FormData();
    form.append("images", new File([oversizedJpegLike(6 * 1024 * 1024)], "huge.jpg", { type: "image/jpeg" }));
    expect(await fieldErrorOf(readUploadForm(formRequest(form)))).toEqual({
      key: "images:errors.tooLarge",
      params: { maxMb: 5 },
    });
  });

  it("refuses more files than a gig may have", async () => {
    const png = await samplePng(200, 200);
    const form = new FormData();
    for (let i = 0; i < 6; i++) form.append("images", new File([png], `${i}.png`, { type: "image/png" }));
    expect(await fieldErrorOf(readUploadForm(formRequest(form)))).toEqual({
      key: "images:errors.tooManyImages",
      params: { max: 5 },
    });
  });

  it("reports a broken multipart body as a form error", async () => {
    const request = new Request("http://localhost/gigs/new", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=xyz" },
      body: '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nno closing boundary',
    });
    expect(await fieldErrorOf(readUploadForm(request, { fileField: "photos" }), "photos")).toEqual({
      key: "images:errors.unreadableForm",
    });
  });

  it("reads a plain urlencoded form too", async () => {
    const request = new Request("http://localhost/gigs/new", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "titleEn=Logo&imageIds=a&imageIds=b",
    });
    const { form, files } = await readUploadForm(request);
    expect(form.getAll("imageIds")).toEqual(["a", "b"]);
    expect(files).toEqual([]);
  });
});
