import { pipeline } from "node:stream/promises";
import { parseGigImageFileName, variantStorageKey } from "@hunar/gigs/images/gig-image-urls";
import type { UploadStorage } from "@hunar/core/upload-storage";
import { Router, type Response } from "express";

function notFound(res: Response): void {
  res.status(404).type("text/plain").set("Cache-Control", "no-store").send("Not found");
}

/**
 * GET /media/gigs/<key>-<width>.webp from image storage. Only names of the exact stored shape
 * are looked up (no paths, no listing), so the URL never reaches the file system as typed. A key
 * never changes its bytes, so browsers and proxies may keep an image for a year; nosniff and a
 * fixed Content-Type keep a browser from treating a stored file as anything but an image.
 */
export function gigImages(storage: UploadStorage): Router {
  const router = Router();
  router.get("/:file", async (req, res, next) => {
    const wanted = parseGigImageFileName(req.params.file);
    if (!wanted) return notFound(res);
    try {
      const stored = await storage.get(variantStorageKey(wanted.storageKey, wanted.width));
      if (!stored) return notFound(res);
      res.status(200).set({
        "Content-Type": "image/webp",
        "Content-Length": String(stored.size),
        "Cache-Control": "public, max-age=31536000, immutable",
        "X-Content-Type-Options": "nosniff",
        "Content-Disposition": "inline",
      });
      if (req.method === "HEAD") {
        stored.body.destroy();
        res.end();
        return;
      }
      await pipeline(stored.body, res);
    } catch (error) {
      if (res.headersSent) {
        res.destroy(error instanceof Error ? error : undefined);
        return;
      }
      next(error);
    }
  });
  // Anything else under /media/gigs (the bare folder, nested paths) is a plain 404, never a
  // listing and never an HTML page.
  router.use((_req, res) => notFound(res));
  return router;
}
