import { mkdtemp, readdir, rm } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { attachToMessage } from "@hunar/chat/attachments/attach-to-message";
import { LocalDiskUploadStorage } from "@hunar/core/upload-storage";
import { createConversation, createMessage, createPerson } from "@hunar/chat/attachments/testing/chat-fixtures";
import { minimalPdf } from "@hunar/chat/attachments/testing/sample-files";
import type { ChatAttachment } from "@hunar/chat/realtime/events";
import { createSession } from "@hunar/auth/session";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import express from "express";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatAttachments, contentDisposition } from "../server/chat-attachments.ts";
import { loadAppModule, type LoadedApp } from "./support/app-module.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

const TEN_MB = 10 * 1024 * 1024;

async function filesUnder(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).length;
}

function form(bytes: Uint8Array<ArrayBuffer>, fileName: string, type = "application/octet-stream"): FormData {
  const body = new FormData();
  body.append("file", new Blob([bytes], { type }), fileName);
  return body;
}

interface ErrorBody {
  error: { code: string; messageKey: string; message: string; params?: Record<string, unknown> };
}

describe.each(testDbKinds())("chat attachment routes on %s", (kind) => {
  let testDb: TestDb;
  let dir: string;
  let server: Server;
  let origin: string;
  const cookies: Record<"ayesha" | "bilal" | "stranger", string> = { ayesha: "", bilal: "", stranger: "" };
  const ids: Record<"ayesha" | "bilal" | "stranger", string> = { ayesha: "", bilal: "", stranger: "" };
  let conversationId: string;

  const upload = (
    body: FormData | ReadableStream<Uint8Array> | string,
    options: { cookie?: string; origin?: string | null; headers?: Record<string, string> } = {},
  ) =>
    fetch(`${origin}/api/chat/attachments`, {
      method: "POST",
      body,
      headers: {
        ...(options.origin === null ? {} : { origin: options.origin ?? origin }),
        ...(options.cookie === undefined ? { cookie: cookies.ayesha } : options.cookie ? { cookie: options.cookie } : {}),
        ...options.headers,
      },
      ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
    });
  const download = (attachment: Pick<ChatAttachment, "url">, cookie?: string) =>
    fetch(`${origin}${attachment.url}`, cookie ? { headers: { cookie } } : {});
  const uploaded = async (response: Response): Promise<ChatAttachment> => {
    expect(response.status).toBe(201);
    return ((await response.json()) as { attachment: ChatAttachment }).attachment;
  };
  const expectNotFound = async (response: Response) => {
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    await response.arrayBuffer();
  };

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    dir = await mkdtemp(join(tmpdir(), "hunar-chat-files-"));
    for (const [who, name] of [
      ["ayesha", "Ayesha Khan"],
      ["bilal", "Bilal Ahmed"],
      ["stranger", "Sana Malik"],
    ] as const) {
      const person = await createPerson(testDb.db, name);
      ids[who] = person.userId;
      cookies[who] = `hunar_session=${(await createSession(testDb.db, person.userId)).token}`;
    }
    conversationId = await createConversation(testDb.db, ids.ayesha, ids.bilal);
    const app = express();
    app.use(chatAttachments({ db: testDb.db, storage: new LocalDiskUploadStorage(dir, "chat"), allowedOrigins: () => [origin] }));
    app.use((_req, res) => void res.status(418).send("fell through"));
    server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await testDb.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("takes a PNG, re-encodes it, and shows it inline to the uploader, then to both people once sent", async () => {
    const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: "teal" } })
      .png()
      .toBuffer();
    const attachment = await uploaded(await upload(form(png, "نقشہ.png", "image/png")));
    expect(attachment).toMatchObject({ fileName: "نقشہ.webp", mimeType: "image/webp", width: 900, height: 600, isImage: true });
    expect(attachment.url).toBe(`/attachments/${attachment.id}/${encodeURIComponent("نقشہ.webp")}`);

    const mine = await download(attachment, cookies.ayesha);
    expect(mine.status).toBe(200);
    expect(mine.headers.get("content-type")).toBe("image/webp");
    expect(mine.headers.get("content-disposition")).toBe(
      `inline; filename="____.webp"; filename*=UTF-8''${encodeURIComponent("نقشہ.webp")}`,
    );
    expect(mine.headers.get("x-content-type-options")).toBe("nosniff");
    expect(mine.headers.get("cache-control")).toBe("private, max-age=3600");
    expect(mine.headers.get("content-security-policy")).toContain("sandbox");
    const metadata = await sharp(Buffer.from(await mine.arrayBuffer())).metadata();
    expect([metadata.format, metadata.width]).toEqual(["webp", 900]);

    // Not sent yet: nobody else sees it.
    await expectNotFound(await download(attachment, cookies.bilal));
    const messageId = await createMessage(testDb.db, conversationId, ids.ayesha, "The map");
    await testDb.db.$transaction((tx) => attachToMessage(tx, { uploaderId: ids.ayesha, messageId, attachmentIds: [attachment.id] }));
    const theirs = await download(attachment, cookies.bilal);
    expect(theirs.status).toBe(200);
    await theirs.arrayBuffer();
    await expectNotFound(await download(attachment, cookies.stranger));
    await expectNotFound(await download(attachment));
    await expectNotFound(await fetch(`${origin}/attachments/${attachment.id}`, { headers: { cookie: cookies.ayesha } }));
    await expectNotFound(await fetch(`${origin}/attachments/no-such-id/x.pdf`, { headers: { cookie: cookies.ayesha } }));
  });

  it("offers documents as downloads: a PDF as application/pdf, text as opaque bytes", async () => {
    const pdf = await uploaded(await upload(form(minimalPdf(), "quote:final.pdf")));
    const response = await download(pdf, cookies.ayesha);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(contentDisposition("attachment", "quote_final.pdf"));
    expect(Buffer.from(await response.arrayBuffer()).equals(minimalPdf())).toBe(true);

    const text = await uploaded(await upload(form(Buffer.from("Meeting at 5\n"), "notes.txt", "text/html")));
    const textResponse = await download(text, cookies.ayesha);
    expect(textResponse.headers.get("content-type")).toBe("application/octet-stream");
    expect(textResponse.headers.get("content-disposition")).toMatch(/^attachment; /);
    expect(await textResponse.text()).toBe("Meeting at 5\n");
  });

  it("refuses an executable or a web page named .png with a localised 400, storing nothing", async () => {
    const before = [await filesUnder(dir), await testDb.db.attachment.count()];
    const html = Buffer.from("<html><script>fetch('/api/trpc')</script></html>");
    const urdu = await upload(form(html, "photo.png", "image/png"));
    expect(urdu.status).toBe(400);
    const urduBody = (await urdu.json()) as ErrorBody;
    expect(urduBody.error).toMatchObject({ code: "BAD_INPUT", messageKey: "chat:errors.attachments.unsupportedType" });
    expect(urduBody.error.message).toContain("اس قسم کی فائل نہیں بھیجی جا سکتی");

    const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(500, 0x90)]);
    // The user's setting (Urdu by default) gives way to an explicit language choice (the lng cookie).
    const english = await upload(form(exe, "invoice.png", "image/png"), { cookie: `${cookies.ayesha}; lng=en` });
    expect(english.status).toBe(400);
    expect(((await english.json()) as ErrorBody).error.message).toMatch(/^This type of file cannot be sent/);
    expect([await filesUnder(dir), await testDb.db.attachment.count()]).toEqual(before);
  });

  it("answers 413 for 10 MB + 1 byte, also when the body streams in without a length, and stores nothing", async () => {
    const before = [await filesUnder(dir), await testDb.db.attachment.count()];
    const tooBig = await upload(form(Buffer.alloc(TEN_MB + 1, 0x41), "big.txt"));
    expect(tooBig.status).toBe(413);
    expect(((await tooBig.json()) as ErrorBody).error).toMatchObject({
      messageKey: "chat:errors.attachments.tooLarge",
      params: { maxMb: 10 },
    });

    // Chunked: no Content-Length to refuse up front, so the parser must stop at the limit.
    const boundary = "----hunar-test-boundary";
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n`,
    );
    const chunk = Buffer.alloc(512 * 1024, 0x42);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(head);
        if (sent < 22) controller.enqueue(chunk);
        else {
          controller.enqueue(Buffer.from(`\r\n--${boundary}--\r\n`));
          controller.close();
        }
        sent += 1;
      },
    });
    const streamed = await upload(stream, { headers: { "content-type": `multipart/form-data; boundary=${boundary}` } });
    expect(streamed.status).toBe(413);
    await streamed.arrayBuffer();
    expect([await filesUnder(dir), await testDb.db.attachment.count()]).toEqual(before);

    const atLimit = await uploaded(await upload(form(Buffer.alloc(TEN_MB, 0x41), "limit.txt")));
    expect(atLimit.byteSize).toBe(TEN_MB);
  });

  it("needs a session, the site's own Origin, a file and a readable form", async () => {
    const pdf = form(minimalPdf(), "a.pdf");
    const expectError = async (response: Response, status: number, messageKey: string) => {
      expect(response.status).toBe(status);
      expect(((await response.json()) as ErrorBody).error.messageKey).toBe(messageKey);
    };
    await expectError(await upload(pdf, { cookie: "" }), 401, "errors:unauthenticated");
    await expectError(await upload(pdf, { cookie: "hunar_session=abcdefghijklmnopqrstuvwxyz234567" }), 401, "errors:unauthenticated");
    await expectError(await upload(pdf, { origin: "https://evil.example" }), 403, "errors:originRejected");
    await expectError(await upload(pdf, { origin: null }), 403, "errors:originRejected");
    const noFile = new FormData();
    noFile.append("note", "hello");
    await expectError(await upload(noFile), 400, "chat:errors.attachments.missingFile");
    await expectError(await upload(form(new Uint8Array(), "empty.pdf")), 400, "chat:errors.attachments.missingFile");
    await expectError(
      await upload('--x\r\nContent-Disposition: form-data; name="file"; filename="a"\r\n', {
        headers: { "content-type": "multipart/form-data; boundary=x" },
      }),
      400,
      "chat:errors.attachments.unreadableForm",
    );
    await expectError(
      await upload("file=abc", { headers: { "content-type": "text/plain" } }),
      400,
      "chat:errors.attachments.unreadableForm",
    );
  });
});

// Mounted in the real app: the upload URL and the download URL pages will use.
describe("chat attachments in the web server", () => {
  let dataDir: string;
  let previousDataDir: string | undefined;
  let loaded: LoadedApp | undefined;
  let testDb: TestDb | undefined;
  let server: TestServer | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "hunar-data-"));
    // The app module (loaded through Vite) reads DATA_DIR when it is imported.
    previousDataDir = process.env.DATA_DIR;
    process.env.DATA_DIR = dataDir;
    loaded = await loadAppModule();
    testDb = await createTestDb("pglite");
    server = await startTestServer(loaded, testDb.db);
  });
  afterAll(async () => {
    await server?.close();
    await testDb?.close();
    await loaded?.vite.close();
    if (previousDataDir === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = previousDataDir;
    await rm(dataDir, { recursive: true, force: true });
  });

  it("uploads to DATA_DIR/uploads/attachments and serves the file back to its uploader only", async () => {
    if (!server || !testDb) throw new Error("the test server did not start");
    const person = await createPerson(testDb.db, "Hina Raza");
    const cookie = `hunar_session=${(await createSession(testDb.db, person.userId)).token}`;
    const response = await fetch(`${server.origin}/api/chat/attachments`, {
      method: "POST",
      body: form(minimalPdf(), "brief.pdf"),
      headers: { origin: server.origin, cookie },
    });
    expect(response.status).toBe(201);
    const { attachment } = (await response.json()) as { attachment: ChatAttachment };
    expect(await filesUnder(join(dataDir, "uploads", "attachments"))).toBe(1);
    const served = await fetch(`${server.origin}${attachment.url}`, { headers: { cookie } });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await served.arrayBuffer()).equals(minimalPdf())).toBe(true);
    const signedOut = await fetch(`${server.origin}${attachment.url}`);
    expect([signedOut.status, signedOut.headers.get("content-type")]).toEqual([404, "text/plain; charset=utf-8"]);
    await signedOut.arrayBuffer();
  });
});
