import { spawn, type ChildProcess } from "node:child_process";
import { request as httpGet } from "node:http";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { e2ePorts } from "./ports.ts";

// The production server on PostgreSQL and Redis: a primary that prepares the database once and
// two workers sharing the port, a worker that dies replaced, and SIGTERM stopping them all. CI
// sets both services.
const postgresUrl = process.env.TEST_DATABASE_URL || undefined;
const redisUrl = process.env.REDIS_URL || undefined;
const port = e2ePorts().cluster;
const webDir = fileURLToPath(new URL("..", import.meta.url));

interface LogLine {
  pid: number;
  msg?: string;
  worker?: number;
  path?: string;
  status?: number;
}

/** A GET on a connection of its own, so the primary hands each one to the next worker. */
function get(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpGet({ host: "127.0.0.1", port, path, agent: false, headers: { connection: "close" } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end();
  });
}

const required = process.env.REQUIRE_E2E === "1" || process.env.CI === "true";
test.skip(!required && (!postgresUrl || !redisUrl), "needs TEST_DATABASE_URL and REDIS_URL");

test("with PostgreSQL and Redis the server runs workers that share the port, replaces one that dies, and stops on SIGTERM", async () => {
  test.setTimeout(180_000);
  if (!postgresUrl || !redisUrl) throw new Error("CI must set TEST_DATABASE_URL and REDIS_URL");
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  const database = `hunar_e2e_cluster_${process.pid}`;
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${database}`;
  let server: ChildProcess | null = null;
  try {
    const lines: LogLine[] = [];
    let stdout = "";
    server = spawn(process.execPath, ["server.js"], {
      cwd: webDir,
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        HOST: "127.0.0.1",
        DATABASE_URL: url.toString(),
        REDIS_URL: redisUrl,
        WEB_CONCURRENCY: "2",
        SEED_DEMO: "0",
        LOG_LEVEL: "info",
        SMTP_URL: "",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    server.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      for (const line of chunk.split("\n")) if (line.startsWith("{")) lines.push(JSON.parse(line) as LogLine);
    });
    const exited = new Promise<number | null>((resolve) => server?.once("exit", (code) => resolve(code)));

    await expect.poll(() => stdout, { timeout: 120_000 }).toContain(`Hunar is running at http://127.0.0.1:${port} (2 workers)`);
    const primary = server.pid;
    const workers = () => lines.filter((l) => l.msg === "worker listening").map((l) => l.worker);
    expect(workers()).toHaveLength(2);
    // Migrations ran once, in the primary, before any worker opened the database.
    expect(lines.filter((l) => l.msg === "migrations applied").map((l) => l.pid)).toEqual([primary]);

    const statuses = await Promise.all(Array.from({ length: 20 }, () => get("/?lng=en")));
    expect(statuses.every((status) => status === 200)).toBe(true);
    const servedBy = () => new Set(lines.filter((l) => l.path === "/" && l.status === 200).map((l) => l.pid));
    await expect.poll(() => servedBy().size).toBe(2);
    expect([...servedBy()].sort()).toEqual([...workers()].sort());

    const [victim] = workers();
    process.kill(victim as number, "SIGKILL");
    await expect.poll(() => workers().length, { timeout: 30_000 }).toBe(3);
    expect(lines.some((l) => l.msg === "a worker died; starting another" && l.worker === victim)).toBe(true);
    expect(await get("/healthz")).toBe(200);

    server.kill("SIGTERM");
    expect(await exited).toBe(0);
    for (const worker of workers().slice(1)) expect(() => process.kill(worker as number, 0)).toThrow();
    server = null;
  } finally {
    server?.kill("SIGKILL");
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
});
