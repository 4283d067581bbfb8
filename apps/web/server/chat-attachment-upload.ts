import { ATTACHMENT_FILE_FIELD, attachmentError } from "@hunar/chat/attachments/attachment-errors";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB } from "@hunar/chat/attachments/limits";
import { uploadAttachment } from "@hunar/chat/attachments/upload-attachment";
import { isAllowedOrigin } from "@hunar/auth/origin";
import { AppError, isAppError } from "@hunar/core/app-error";
import { HTTP_STATUS } from "@hunar/core/http-status";
import type { UploadStorage } from "@hunar/core/upload-storage";
import type { Db } from "@hunar/db/client";
import { createT } from "@hunar/i18n/translate";
import type { SessionUser } from "@hunar/auth/session";
import type { Request, RequestHandler, Response } from "express";
import { readMultipartForm } from "#app/utils/read-multipart-form.server.ts";
import { localeOf, sessionUserOf } from "./chat-session.ts";
import { requestBodyStream } from "./request-body-stream.ts";

export interface ChatAttachmentUploadDeps {
  db: Db;
  storage: UploadStorage;
  allowedOrigins: () => readonly string[];
}

// Room for the multipart boundaries, part headers and a text field or two around the file.
const FORM_OVERHEAD_BYTES = 64 * 1024;
const MAX_BODY_BYTES = MAX_ATTACHMENT_BYTES + FORM_OVERHEAD_BYTES;

/**
 * POST /api/chat/attachments: multipart with one file in the field `file`, sent with the session
 * cookie from the site's own pages (same Origin). Answers 201 {attachment: ChatAttachment}, to be
 * sent with a message (attachmentIds) within a day; or {error: {code, messageKey, message}} in the
 * user's language: 413 for a file over 10 MB (refused as its 10 MB + 1st byte arrives), 400 for a
 * refused type or an image over the bounds on image work (`busy` while two of the person's
 * images are in processing), 401 signed out, 403 from another site. Never a 500 for anything a
 * user sends. When the browser goes away, the work stops at its next check and nothing is stored.
 */
export function chatAttachmentUpload(deps: ChatAttachmentUploadDeps): RequestHandler {
  return async (req, res, next) => {
    let user: SessionUser | null = null;
    const gone = abortWhenGone(res);
    try {
      if (!isAllowedOrigin(req.headers.origin, deps.allowedOrigins())) {
        throw new AppError("FORBIDDEN", "errors:originRejected");
      }
      user = await sessionUserOf(deps.db, req, res);
      if (!user) throw new AppError("UNAUTHENTICATED", "errors:unauthenticated");
      if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) throw tooLarge();
      const file = await readFile(req);
      // The parser held the file in memory (at most 10 MB, refused beyond that as it arrived).
      const attachment = await uploadAttachment(
        deps.db,
        deps.storage,
        { userId: user.id },
        {
          fileName: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
          signal: gone,
        },
      );
      res.status(201).set("Cache-Control", "no-store").json({ attachment });
    } catch (error) {
      // Nobody is left to answer, and a browser going away is no server fault.
      if (gone.aborted && error === gone.reason) return;
      if (!isAppError(error)) {
        next(error);
        return;
      }
      await discardRest(req);
      sendError(req, res, user, error);
    }
  };
}

/**
 * Aborts once the connection closes before the answer is sent. The response's close, not the
 * request's: a request also closes once its body has been read, with the client still waiting.
 */
function abortWhenGone(res: Response): AbortSignal {
  const controller = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

async function readFile(req: Request): Promise<File> {
  const body = requestBodyStream(req);
  let files: File[];
  try {
    ({ files } = await readMultipartForm(body.request, {
      fileField: ATTACHMENT_FILE_FIELD,
      maxFiles: 1,
      maxFileBytes: MAX_ATTACHMENT_BYTES,
      maxTotalBytes: MAX_BODY_BYTES,
      // One file per upload: a second one means the form is not what the page sends.
      refuse: { tooLarge, tooMany: unreadableForm, unreadable: unreadableForm },
    }));
  } catch (error) {
    body.stop();
    if (isAppError(error)) throw error;
    // The browser went away mid-upload (closed tab, lost connection): not a server fault.
    if (!req.complete) throw unreadableForm();
    throw error;
  }
  const [file] = files;
  if (!file) throw attachmentError("missingFile");
  return file;
}

const tooLarge = () => attachmentError("tooLarge", { maxMb: MAX_ATTACHMENT_MB });
const unreadableForm = () => attachmentError("unreadableForm");

function sendError(req: Request, res: Response, user: SessionUser | null, error: AppError): void {
  const t = createT(localeOf(req, user));
  const status = error.messageKey === "chat:errors.attachments.tooLarge" ? 413 : HTTP_STATUS[error.code];
  res
    .status(status)
    .set("Cache-Control", "no-store")
    .json({
      error: {
        code: error.code,
        messageKey: error.messageKey,
        ...(error.params ? { params: error.params } : {}),
        message: t(error.messageKey, error.params ?? {}),
      },
    });
}

// Reading what is left of a refused upload lets the browser finish sending and see the answer
// (closing on a half-sent body makes it report a network error instead). A body far over the
// limit is not worth reading: the connection is closed after the answer.
const DISCARD_LIMIT_BYTES = 2 * 1024 * 1024;

function discardRest(req: Request): Promise<void> {
  if (req.readableEnded || req.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let discarded = 0;
    const done = () => {
      req.off("data", onData);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      discarded += chunk.length;
      if (discarded > DISCARD_LIMIT_BYTES) {
        req.res?.set("Connection", "close");
        done();
      }
    };
    req.on("data", onData);
    req.once("end", done);
    req.once("error", done);
    req.once("close", done);
    req.resume();
  });
}
