// Load generator for the chat bench: many socket.io clients in this process, pairs that message
// each other at a fixed total rate, send-to-receive latency measured on one clock (sender and
// recipient live here), and anything not received by the end counted as lost.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { io, type Socket } from "socket.io-client";

/** How one client socket opens: headers for the real server, `auth` for the echo server. */
export interface SocketLogin {
  extraHeaders?: Record<string, string>;
  auth?: Record<string, string>;
}

/** Two sockets that talk to each other in one conversation. */
export interface BenchPair {
  conversationId: string;
  a: SocketLogin;
  b: SocketLogin;
}

export interface ChatLoadResult {
  name: string;
  sockets: number;
  sent: number;
  received: number;
  lost: number;
  refused: number;
  p50: number;
  p99: number;
  maxMs: number;
  peakRssMb: number;
  /** Server CPU time (user + system) over the run divided by messages sent. */
  serverCpuMsPerMessage: number;
}

interface Inflight {
  sentAt: number;
  recipient: Socket;
}

/** Opens a socket and waits for the server's hello (proof the handshake was accepted). */
export function openSocket(url: string, login: SocketLogin): Promise<Socket> {
  const socket = io(url, {
    transports: ["websocket"],
    reconnection: false,
    forceNew: true,
    extraHeaders: login.extraHeaders,
    auth: login.auth,
  });
  return new Promise((resolve, reject) => {
    socket.once("hello", () => resolve(socket));
    socket.once("connect_error", (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Opens many sockets, `parallel` handshakes at a time (a thundering herd is not the point here). */
export async function openSockets(url: string, logins: SocketLogin[], parallel = 100): Promise<Socket[]> {
  const sockets: Socket[] = new Array<Socket>(logins.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < logins.length) {
      const index = next++;
      sockets[index] = await openSocket(url, logins[index] as SocketLogin);
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker));
  return sockets;
}

/** Resident memory of a process in MB, read from /proc (Linux). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** CPU time a process has used so far, user + system, in ms (Linux; clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  const fields = (readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1] ?? "").split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

const BODIES = ["السلام علیکم، لوگو کا پہلا ڈرافٹ کب تک ملے گا؟", "Draft 2 is ready — دیکھ لیں", "Theek hai, kal tak bhej dunga"];

/**
 * Sends `rate` messages per second for `seconds`, each from the next sender in a fixed rotation
 * (so no sender outruns the per-user limit), then waits `drainSeconds` for stragglers.
 */
export async function runChatLoad(options: {
  name: string;
  url: string;
  pairs: BenchPair[];
  rate: number;
  seconds: number;
  serverPid: number;
  drainSeconds?: number;
}): Promise<{ result: ChatLoadResult; sockets: Socket[] }> {
  const { name, url, pairs, rate, seconds, serverPid } = options;
  const logins = pairs.flatMap((pair) => [pair.a, pair.b]);
  const sockets = await openSockets(url, logins);
  const inflight = new Map<string, Inflight>();
  const latencies: number[] = [];
  let refused = 0;

  sockets.forEach((socket) => {
    socket.on("message:new", (message: { clientMessageId: string }) => {
      const pending = inflight.get(message.clientMessageId);
      if (!pending || pending.recipient !== socket) return;
      latencies.push(performance.now() - pending.sentAt);
      inflight.delete(message.clientMessageId);
    });
  });

  let sent = 0;
  let rotation = 0;
  let peakRss = rssMb(serverPid);
  const cpuBefore = cpuMs(serverPid);
  const send = () => {
    const pairIndex = rotation % pairs.length;
    const fromA = Math.floor(rotation / pairs.length) % 2 === 0;
    rotation += 1;
    const pair = pairs[pairIndex] as BenchPair;
    const sender = sockets[pairIndex * 2 + (fromA ? 0 : 1)] as Socket;
    const recipient = sockets[pairIndex * 2 + (fromA ? 1 : 0)] as Socket;
    const clientMessageId = randomUUID();
    inflight.set(clientMessageId, { sentAt: performance.now(), recipient });
    sent += 1;
    const body = BODIES[sent % BODIES.length] as string;
    sender.emit("message:send", { conversationId: pair.conversationId, clientMessageId, body }, (ack: { ok: boolean }) => {
      if (ack.ok) return;
      refused += 1;
      inflight.delete(clientMessageId);
    });
  };

  // Paced by the clock rather than by a fixed interval, so a slow tick is made up for in the next.
  const started = performance.now();
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const elapsed = (performance.now() - started) / 1000;
      const due = Math.min(Math.floor(elapsed * rate), rate * seconds);
      while (sent < due) send();
      if (Math.floor(elapsed) !== Math.floor(elapsed - 0.01)) peakRss = Math.max(peakRss, rssMb(serverPid));
      if (sent >= rate * seconds) {
        clearInterval(timer);
        resolve();
      }
    }, 10);
  });
  const drainUntil = performance.now() + (options.drainSeconds ?? 10) * 1000;
  while (inflight.size > 0 && performance.now() < drainUntil) await new Promise((r) => setTimeout(r, 100));
  peakRss = Math.max(peakRss, rssMb(serverPid));
  const serverCpuMsPerMessage = (cpuMs(serverPid) - cpuBefore) / Math.max(1, sent);

  latencies.sort((x, y) => x - y);
  return {
    sockets,
    result: {
      name,
      sockets: sockets.length,
      sent,
      received: latencies.length,
      lost: inflight.size,
      refused,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      maxMs: latencies.at(-1) ?? Number.NaN,
      peakRssMb: peakRss,
      serverCpuMsPerMessage,
    },
  };
}

export function closeAll(sockets: Socket[]): void {
  for (const socket of sockets) socket.close();
}

export function printChatTable(title: string, rows: ChatLoadResult[]): void {
  const width = Math.max(30, ...rows.map((r) => r.name.length + 1));
  console.log(`\n${title}`);
  console.log(
    `${"server".padEnd(width)} sockets    sent  received  lost  refused   p50 ms   p99 ms   max ms  server RSS MB (peak)  server CPU ms/message`,
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(width)} ${String(r.sockets).padStart(7)} ${String(r.sent).padStart(7)} ${String(r.received).padStart(9)} ${String(r.lost).padStart(5)} ${String(r.refused).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${r.maxMs.toFixed(1).padStart(8)} ${r.peakRssMb.toFixed(0).padStart(20)} ${r.serverCpuMsPerMessage.toFixed(2).padStart(22)}`,
    );
  }
}
