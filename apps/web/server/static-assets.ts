import { join } from "node:path";
import express, { Router } from "express";

/**
 * Serves `react-router build` output. Files under /assets have content hashes in their names,
 * so browsers may keep them for a year without asking again; everything else (favicon,
 * robots.txt, ...) keeps its name across deploys and gets a short cache.
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
  router.use(express.static(clientDir, { maxAge: "1h", index: false, redirect: false }));
  return router;
}
