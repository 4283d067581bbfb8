import { fileURLToPath } from "node:url";
import { createServer as createVite, type ViteDevServer } from "vite";
import type * as AppModule from "../../server/app.ts";

const webDir = fileURLToPath(new URL("../..", import.meta.url));

export interface LoadedApp {
  vite: ViteDevServer;
  app: typeof AppModule;
}

/**
 * The real server module with the real route modules: loaded through Vite exactly as
 * `pnpm dev` does, because React Router's server build is a Vite virtual module.
 */
export async function loadAppModule(): Promise<LoadedApp> {
  const vite = await createVite({
    root: webDir,
    // No HMR WebSocket: parallel test files (and a running dev server) would fight over its port.
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    appType: "custom",
    logLevel: "error",
  });
  const app = (await vite.ssrLoadModule("./server/app.ts")) as typeof AppModule;
  return { vite, app };
}
