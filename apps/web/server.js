// The server process: an http.Server carrying the Express app (React Router SSR, tRPC,
// /healthz, static files) and socket.io. Everything that needs the TypeScript workspace packages
// lives in ./server/app.ts; this file only owns the process (listen, signals).
//
// Development: Vite in middleware mode, ./server/app.ts loaded through Vite (hot reload).
// Production: ./build/server/index.js, the bundle `react-router build` makes from ./server/app.ts.
// With PostgreSQL and Redis, production runs one worker per core (server/worker-plan.ts): this
// process becomes the primary, prepares the database once and forks workers that each run this
// file again and serve on the shared port.
import cluster from "node:cluster";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";

// Settings from the repository's .env, if there is one (see .env.example). Variables already set
// in the environment win, so scripts and process managers can always override the file.
const envFile = fileURLToPath(new URL("../../.env", import.meta.url));
if (existsSync(envFile)) process.loadEnvFile(envFile);

// The only variable read before the app module (and its env.ts) is loaded: it picks the module.
// eslint-disable-next-line no-restricted-properties
const development = (process.env.NODE_ENV || "development") === "development";
const SHUTDOWN_GRACE_MS = 10_000;

const httpServer = createServer();
const vite = development ? await createViteServer() : null;
const appModule = vite ? await vite.ssrLoadModule("./server/app.ts") : await import("./build/server/index.js");

let plan;
try {
  plan = vite ? { workers: 1, note: null } : appModule.workerPlan();
} catch (error) {
  console.error("Hunar could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
}
if (cluster.isPrimary && plan.workers > 1) {
  await runPrimary(plan.workers);
} else {
  await serve();
}

/** The cluster's primary: prepares the database, forks the workers, prints the URL once they all listen. */
async function runPrimary(workers) {
  let prepared;
  try {
    prepared = await appModule.prepareForWorkers();
  } catch (error) {
    console.error("Hunar could not start:", error);
    process.exit(1);
  }
  const { env, log, demoLogins } = prepared;
  log.info({ workers }, "starting workers");
  const supervisor = appModule.superviseWorkers({
    workers,
    log,
    onListening: (port) => printUrl(env.HOST, port, demoLogins, `${workers} workers`),
    onGiveUp: (code) => process.exit(code),
  });
  let stopping = false;
  const shutdown = async (signal) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping workers");
    // Each worker has its own grace period; this one only keeps a stuck worker from holding the primary.
    const force = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS * 2);
    force.unref();
    await supervisor.stop("SIGTERM");
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

/** One process serving by itself, or one worker of a cluster. */
async function serve() {
  let running;
  try {
    running = await appModule.start(httpServer, {
      clientDir: development ? null : fileURLToPath(new URL("./build/client", import.meta.url)),
      databasePrepared: cluster.isWorker,
    });
  } catch (error) {
    console.error("Hunar could not start:", error);
    await vite?.close();
    process.exit(1);
  }
  if (plan.note) running.log.warn(plan.note);

  if (vite) {
    httpServer.on("request", (req, res) => {
      vite.middlewares(req, res, async () => {
        try {
          const fresh = await vite.ssrLoadModule("./server/app.ts");
          fresh.handle(running.services, req, res, (error) => {
            if (error) showDevError(error, res);
          });
        } catch (error) {
          showDevError(error, res);
        }
      });
    });
  } else {
    httpServer.on("request", running.app);
  }

  const { PORT: port, HOST: host } = running.env;
  httpServer.listen(port, host, () => {
    // A worker's primary prints the address once every worker listens.
    if (cluster.isWorker) return;
    const address = httpServer.address();
    printUrl(host, typeof address === "object" && address ? address.port : port, running.demoLogins, null);
  });
  httpServer.on("error", (error) => {
    running.log.fatal({ err: error }, "http server error");
    process.exit(1);
  });

  let stopping = false;
  async function shutdown(signal) {
    if (stopping) return;
    stopping = true;
    running.log.info({ signal }, "shutting down");
    // Requests still running after the grace period are cut rather than holding the process.
    const force = setTimeout(() => {
      running.log.warn("forcing shutdown");
      httpServer.closeAllConnections();
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    try {
      await vite?.close();
      await running.close();
      process.exit(0);
    } catch (error) {
      running.log.error({ err: error }, "error while shutting down");
      process.exit(1);
    }
  }
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

function printUrl(host, port, demoLogins, processes) {
  const shownHost = !host || host === "0.0.0.0" || host === "::" ? "localhost" : host;
  const lines = [`Hunar is running at http://${shownHost}:${port}${processes ? ` (${processes})` : ""}`];
  if (demoLogins) lines.push("", "Demo logins:", ...demoLogins.map((line) => `  ${line}`));
  console.log(lines.join("\n"));
}

async function createViteServer() {
  const { createServer: createVite } = await import("vite");
  return createVite({
    root: fileURLToPath(new URL(".", import.meta.url)),
    // The HMR socket shares our port, beside socket.io (which has its own path).
    server: { middlewareMode: true, hmr: { server: httpServer } },
    appType: "custom",
  });
}

function showDevError(error, res) {
  if (error instanceof Error) vite.ssrFixStacktrace(error);
  console.error(error);
  if (res.headersSent) {
    res.end();
    return;
  }
  res.statusCode = 500;
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.end(error instanceof Error ? (error.stack ?? error.message) : String(error));
}
