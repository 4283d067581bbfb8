// `pnpm bench` (chat part): one built app process on PostgreSQL with BENCH_CHAT_SOCKETS
// authenticated sockets (2,000 by default) in half as many conversations, sending
// BENCH_CHAT_RATE messages per second (500) for BENCH_CHAT_SECONDS (60): send-to-receive latency,
// messages lost, server memory and CPU per message. Then the same load on a bare socket.io echo
// server (no auth, no storage) for comparison, and finally how many idle authenticated sockets the
// app process holds and what each costs in memory, read after a full garbage collection in the app
// process (chat-memory-probe.ts). Client and server share the machine's cores, and so does anything
// else running on it: the load average is printed beside the figures.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { generateSessionToken, sessionIdFromToken } from "@hunar/auth/session";
import { SESSION_COOKIE } from "@hunar/auth/cookie";
import pg from "pg";
import { availableParallelism, loadavg } from "node:os";
import { closeAll, openSockets, printChatTable, runChatLoad, type BenchPair, type SocketLogin } from "./chat-load.ts";
import { memoryProbe, type MemoryReading } from "./chat-memory.ts";
import { startApp, startFixture, stop } from "./processes.ts";

const socketsWanted = Number(process.env.BENCH_CHAT_SOCKETS ?? 2000);
const rate = Number(process.env.BENCH_CHAT_RATE ?? 500);
const seconds = Number(process.env.BENCH_CHAT_SECONDS ?? 60);
const pgAdminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const APP_PORT = 3310;
const ECHO_PORT = 3311;
const origin = `http://127.0.0.1:${APP_PORT}`;
/** The goals of the performance work on chat sockets. */
const GOAL_IDLE_SOCKET_KB = 8;
const GOAL_P99_MS = 40;
const probe = memoryProbe();

interface BenchUser {
  id: string;
  token: string;
}

/** Users, sessions and one conversation per pair, written straight to the database in bulk. */
async function writePeople(client: pg.Client, pairs: number): Promise<{ users: BenchUser[]; conversationIds: string[] }> {
  const run = randomUUID().slice(0, 8);
  const users: BenchUser[] = Array.from({ length: pairs * 2 }, () => ({ id: `bench-${randomUUID()}`, token: generateSessionToken() }));
  const expires = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  for (let start = 0; start < users.length; start += 500) {
    const batch = users.slice(start, start + 500);
    await client.query(
      `INSERT INTO "User" (id, email, "passwordHash", "displayName", "emailVerifiedAt", "updatedAt")
       SELECT u.id, u.id || '@bench.${run}.pk', 'not-a-hash', 'Bench ' || u.n, now(), now() FROM unnest($1::text[], $2::int[]) AS u(id, n)`,
      [batch.map((u) => u.id), batch.map((_, i) => start + i)],
    );
    await client.query(
      `INSERT INTO "Session" (id, "userId", "expiresAt") SELECT s.id, s."userId", $3 FROM unnest($1::text[], $2::text[]) AS s(id, "userId")`,
      [batch.map((u) => sessionIdFromToken(u.token)), batch.map((u) => u.id), expires],
    );
  }
  const conversationIds: string[] = [];
  for (let i = 0; i < pairs; i += 1) {
    const [first, second] = [users[2 * i] as BenchUser, users[2 * i + 1] as BenchUser].sort((x, y) => (x.id < y.id ? -1 : 1));
    const id = `bench-conv-${randomUUID()}`;
    conversationIds.push(id);
    await client.query(`INSERT INTO "Conversation" (id, "userAId", "userBId") VALUES ($1, $2, $3)`, [id, first?.id, second?.id]);
    await client.query(`INSERT INTO "ConversationParticipant" ("conversationId", "userId") VALUES ($1, $2), ($1, $3)`, [
      id,
      first?.id,
      second?.id,
    ]);
  }
  return { users, conversationIds };
}

const browserLogin = (user: BenchUser): SocketLogin => ({ extraHeaders: { origin, cookie: `${SESSION_COOKIE}=${user.token}` } });

/** The per-process open-file limit: the ceiling of the idle-socket test on this machine. */
function openFileLimit(): number {
  const line = readFileSync("/proc/self/limits", "utf8")
    .split("\n")
    .find((l) => l.startsWith("Max open files"));
  return Number(line?.split(/\s+/)[3] ?? 1024);
}

/**
 * Opens idle sockets in batches until the target or the first refusal; returns how many held and
 * the app's memory after a full collection before and after. Each socket counts only once the
 * server's hello arrived, which it sends after the Origin and session checks passed.
 */
async function idleSockets(url: string, users: BenchUser[], target: number, serverPid: number) {
  const before = await probe.read(serverPid);
  const held: Awaited<ReturnType<typeof openSockets>> = [];
  let stoppedBy = "target reached";
  while (held.length < target) {
    const logins: SocketLogin[] = Array.from({ length: Math.min(1000, target - held.length) }, (_, i) =>
      browserLogin(users[(held.length + i) % users.length] as BenchUser),
    );
    try {
      held.push(...(await openSockets(url, logins, 200)));
    } catch (error) {
      stoppedBy = `refused: ${String(error)}`;
      break;
    }
  }
  // Presence announcements and unread counts of the last sockets finish first.
  await new Promise((r) => setTimeout(r, 3000));
  const after = await probe.read(serverPid);
  closeAll(held);
  return { held: held.length, before, after, stoppedBy };
}

const MB = 1024 * 1024;
const liveHeap = (m: MemoryReading) => m.heapUsed + m.external;
const perSocketKb = (bytes: number, sockets: number) => (bytes / 1024 / Math.max(1, sockets)).toFixed(1);

const admin = new pg.Client({ connectionString: pgAdminUrl });
await admin.connect();
const dbName = `hunar_chat_bench_${process.pid}`;
await admin.query(`CREATE DATABASE ${dbName}`);
const dbUrl = new URL(pgAdminUrl);
dbUrl.pathname = `/${dbName}`;
try {
  const pairs = Math.floor(socketsWanted / 2);
  const app = await startApp(APP_PORT, {
    DATABASE_URL: dbUrl.toString(),
    PUBLIC_ORIGIN: origin,
    ALLOWED_ORIGINS: origin,
    SEED_DEMO: "0",
    ...probe.env,
  });
  const rows = [];
  let idle;
  const loadBefore = loadavg()[0] ?? 0;
  let loadAfter = loadBefore;
  try {
    const client = new pg.Client({ connectionString: dbUrl.toString() });
    await client.connect();
    const { users, conversationIds } = await writePeople(client, pairs);
    await client.end();
    const appPairs: BenchPair[] = conversationIds.map((conversationId, i) => ({
      conversationId,
      a: browserLogin(users[2 * i] as BenchUser),
      b: browserLogin(users[2 * i + 1] as BenchUser),
    }));
    const appRun = await runChatLoad({
      name: "Hunar app (auth + PostgreSQL)",
      url: origin,
      pairs: appPairs,
      rate,
      seconds,
      serverPid: app.pid as number,
    });
    rows.push(appRun.result);
    loadAfter = loadavg()[0] ?? 0;
    closeAll(appRun.sockets);
    await new Promise((r) => setTimeout(r, 3000));
    // Leave room for the load generator's own descriptors and the server's database pool.
    idle = await idleSockets(origin, users, openFileLimit() - 500, app.pid as number);
  } finally {
    await stop(app);
  }

  const echo = await startFixture("./chat-echo-server.ts", ECHO_PORT);
  try {
    const echoPairs: BenchPair[] = Array.from({ length: pairs }, (_, i) => ({
      conversationId: `echo-${i}`,
      a: { auth: { room: `echo-${i}` } },
      b: { auth: { room: `echo-${i}` } },
    }));
    const echoRun = await runChatLoad({
      name: "bare socket.io echo",
      url: `http://127.0.0.1:${ECHO_PORT}`,
      pairs: echoPairs,
      rate,
      seconds,
      serverPid: echo.pid as number,
    });
    rows.push(echoRun.result);
    closeAll(echoRun.sockets);
  } finally {
    await stop(echo);
  }

  printChatTable(`Chat, ${pairs * 2} sockets in ${pairs} conversations, ${rate} messages/s for ${seconds} s (one server process)`, rows);
  const appRow = rows[0];
  if (appRow) {
    console.log(
      `\nSend-to-receive p99 (app): ${appRow.p99.toFixed(1)} ms (goal ≤ ${GOAL_P99_MS} ms at 500 messages/s with 2,000 sockets); ` +
        `machine load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after the app run, on ${availableParallelism()} cores`,
    );
  }
  if (idle) {
    const { held, before, after } = idle;
    console.log(
      `\nIdle authenticated sockets held by one app process: ${held} (${idle.stoppedBy}; open-file limit per process here: ${openFileLimit()})`,
    );
    console.log(
      `Memory per idle socket after a full GC: ${perSocketKb(liveHeap(after) - liveHeap(before), held)} KB of live heap (goal ≤ ${GOAL_IDLE_SOCKET_KB} KB); ` +
        `heap ${(liveHeap(before) / MB).toFixed(0)} MB -> ${(liveHeap(after) / MB).toFixed(0)} MB, ` +
        `RSS ${(before.rss / MB).toFixed(0)} MB -> ${(after.rss / MB).toFixed(0)} MB (${perSocketKb(after.rss - before.rss, held)} KB per socket)`,
    );
  }
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
}
