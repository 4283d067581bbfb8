import { pipeline } from "node:stream/promises";
import { readAttachment } from "@hunar/chat/attachments/read-attachment";
import { isAppError } from "@hunar/core/app-error";
import type { UploadStorage } from "@hunar/core/upload-storage";
import type { Db } from "@hunar/db/client";
import { Router, type Response } from "express";
import { chatAttachmentUpload } from "./chat-attachment-upload.ts";
import { sessionUserOf } from "./chat-session.ts";

export interface ChatAttachmentDeps {
  db: Db;
  storage: UploadStorage;
  allowedOrigins: () => readonly string[];
}

/** Served as their own type; everything else is a download of opaque bytes. */
const SAFE_TYPES = new Set(["image/webp", "application/pdf"]);

function notFound(res: Response): void {
  res.status(404).type("text/plain; charset=utf-8").set("Cache-Control", "no-store").send("یہ فائل نہیں ملی۔\nFile not found.\n");
}

/** RFC 6266 / 5987: an ASCII fallback name plus the exact UTF-8 name (Urdu names survive). */
export function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%;]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * Chat files: POST /api/chat/attachments (upload, see chatAttachmentUpload) and
 * GET /attachments/:attachmentId/:fileName, which serves a file only to the people of its
 * conversation (or its uploader before it is sent, or an admin after an audited dispute read or a
 * report of the message); everyone else, signed out included, gets the same plain 404. The name
 * in the URL is for people; the id alone finds the file. Images (re-encoded WebP) show inline;
 * other files download, PDFs as application/pdf, the rest as application/octet-stream. nosniff and
 * a sandboxing CSP keep a browser from running anything in a file; private caching keeps shared
 * caches from keeping one person's file for another.
 */
export function chatAttachments(deps: ChatAttachmentDeps): Router {
  const router = Router();
  router.post("/api/chat/attachments", chatAttachmentUpload(deps));
  router.get("/attachments/:attachmentId/:fileName", async (req, res, next) => {
    try {
      const user = await sessionUserOf(deps.db, req, res);
      if (!user) return notFound(res);
      let read;
      try {
        read = await readAttachment(deps.db, { userId: user.id, isAdmin: user.isAdmin }, req.params.attachmentId, deps.storage);
      } catch (error) {
        if (isAppError(error)) return notFound(res);
        throw error;
      }
      const { attachment, file } = read;
      const isImage = attachment.mimeType === "image/webp";
      res.status(200).set({
        "Content-Type": SAFE_TYPES.has(attachment.mimeType) ? attachment.mimeType : "application/octet-stream",
        "Content-Length": String(file.size),
        "Content-Disposition": contentDisposition(isImage ? "inline" : "attachment", attachment.fileName),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
        "Cross-Origin-Resource-Policy": "same-origin",
        "Cache-Control": "private, max-age=3600",
        Vary: "Cookie",
      });
      if (req.method === "HEAD") {
        file.body.destroy();
        res.end();
        return;
      }
      await pipeline(file.body, res);
    } catch (error) {
      if (res.headersSent) {
        res.destroy(error instanceof Error ? error : undefined);
        return;
      }
      next(error);
    }
  });
  // Anything else under /attachments (the bare folder, other depths) is a plain 404.
  router.use("/attachments", (_req, res) => notFound(res));
  return router;
}
