import { Readable } from "node:stream";
import { profileStorage } from "@hunar/profiles/images/profile-files";
import { findProfileMedia } from "@hunar/profiles/profile-media";
import { getCurrentSession } from "#app/utils/auth.server.ts";
import { refuseDownloadPost } from "#app/utils/download-only.server.ts";
import type { Route } from "./+types/profile-media";

const notFound = () =>
  new Response("یہ فائل نہیں ملی۔\nFile not found.\n", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/** RFC 6266 / 5987: an ASCII fallback plus the exact UTF-8 name, so Urdu names survive. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%;]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * /profile-media/<photo|portfolio|certificate>/<id>/<size|file>: a profile's file if the viewer
 * may see it (the profiles domain decides), else the same 404 as for nothing. Images are WebP made
 * by us; a certificate PDF is always a download, sandboxed should a browser render it anyway.
 * A photo hidden by its owner's privacy setting is shown to the owner only, never cached.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = await getCurrentSession(request, context);
  const media = await findProfileMedia(context.db, { kind: params.kind, id: params.id, size: params.size }, user?.id ?? null);
  if (!media) return notFound();
  const stored = await profileStorage().get(media.key);
  if (!stored) return notFound();
  const headers: Record<string, string> = {
    "Content-Type": media.contentType,
    "Content-Length": String(stored.size),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cross-Origin-Resource-Policy": "same-origin",
    // Public files may be kept a little; privacy changes reach caches within minutes.
    "Cache-Control": media.isPublic ? "public, max-age=300" : "private, no-store",
  };
  if (media.downloadName) headers["Content-Disposition"] = attachment(media.downloadName);
  if (request.method === "HEAD") {
    stored.body.destroy();
    return new Response(null, { headers });
  }
  return new Response(Readable.toWeb(stored.body) as ReadableStream<Uint8Array>, { headers });
}

export function action(): never {
  refuseDownloadPost();
}
