import { LOCALE_BUNDLE_PREFIX, localeBundleAt } from "@hunar/i18n/locale-bundle";
import { Router } from "express";

/**
 * The strings of each language as one JSON file with a content hash in its name
 * (@hunar/i18n/locale-bundle): the same for everyone, so any cache may keep it for a year. The
 * browser fetches it once before hydrating; server rendering reads the strings from memory.
 * A name that is not the current bundle's is a plain 404 (a stale page asks again after reload).
 */
export function localeStrings(): Router {
  const router = Router();
  router.get(`${LOCALE_BUNDLE_PREFIX}:file`, (req, res) => {
    const bundle = localeBundleAt(req.path);
    if (!bundle) {
      res.status(404).type("text/plain").send("Not found");
      return;
    }
    res.set("Cache-Control", "public, max-age=31536000, immutable");
    res.type("application/json").send(bundle.json);
  });
  return router;
}
