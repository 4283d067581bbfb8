import { Readable } from "node:stream";
import { isAppError } from "@hunar/core/app-error";
import { readOrderFile } from "@hunar/orders/work/read-order-file";
import { requireUser } from "#app/utils/auth.server.ts";
import type { Route } from "./+types/order-file";
import { refuseDownloadPost } from "#app/utils/download-only.server.ts";

/** Served as their own type; anything else is opaque bytes to save (never rendered by the browser). */
const SAFE_TYPES = new Set(["image/webp", "application/pdf"]);

/** RFC 6266 / 5987: an ASCII fallback name plus the exact UTF-8 name, so Urdu names survive. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%;]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

const notFound = () =>
  new Response("یہ فائل نہیں ملی۔\nFile not found.\n", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/**
 * A delivered file of an order, downloaded by its client, its freelancer or an admin; anyone
 * else gets the same plain 404 as for a file that does not exist. Always a download (never shown
 * inline), never cached by anyone but this browser session, and sandboxed should a browser try
 * to render it anyway.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  let read;
  try {
    read = await readOrderFile(
      context.db,
      { userId: user.id, isAdmin: user.isAdmin },
      { orderId: params.orderId, attachmentId: params.attachmentId },
    );
  } catch (error) {
    if (isAppError(error)) return notFound();
    throw error;
  }
  const { file, body } = read;
  const headers = {
    "Content-Type": SAFE_TYPES.has(file.mimeType) ? file.mimeType : "application/octet-stream",
    "Content-Length": String(body.size),
    "Content-Disposition": contentDisposition(file.fileName),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cache-Control": "private, no-store",
  };
  if (request.method === "HEAD") {
    body.body.destroy();
    return new Response(null, { headers });
  }
  return new Response(Readable.toWeb(body.body) as ReadableStream<Uint8Array>, { headers });
}

/** A download, never a form's target. */
export const action = refuseDownloadPost;
