import { readdirSync } from "node:fs";
import { join } from "node:path";
import express, { Router } from "express";

/**
 * Serves `react-router build` output. Files under /assets have content hashes in their names,
 * so browsers may keep them for a year without asking again; everything else (favicon,
 * robots.txt, ...) keeps its name across deploys and gets a short cache.
 *
 * The files beside /assets are listed once, at startup: a build does not change under a running
 * server, and asking the file system about every page path (a stat that fails for /search, for
 * /gigs/...) would cost every page request a system call for nothing.
 */
export function staticAssets(clientDir: string): Router {
  const router = Router();
  router.use(
    "/assets",
    express.static(join(clientDir, "assets"), { immutable: true, maxAge: "1y", index: false, redirect: false }),
    // A missing hashed file is a stale page asking for an old build: a plain 404, not an HTML page.
    (_req, res) => {
      res.status(404).type("text/plain").send("Not found");
    },
  );
  const publicFiles = new Set(
    readdirSync(clientDir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `/${entry.name}`),
  );
  const servePublicFile = express.static(clientDir, { maxAge: "1h", index: false, redirect: false });
  router.use((req, res, next) => {
    if (publicFiles.has(req.path)) servePublicFile(req, res, next);
    else next();
  });
  return router;
}
