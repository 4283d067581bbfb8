import { createServer, connect, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

export interface TcpProxy {
  port: number;
  /** Drops every open connection and refuses new ones, as a stopped server would. */
  cut(): void;
  /** Accepts and forwards connections again. */
  restore(): void;
  /** Forwards new connections to another port from now on (a load balancer dropping a dead node). */
  retarget(port: number): void;
  close(): Promise<void>;
}

/**
 * A loopback TCP proxy to `target`: a database outage for whoever connects through it, without
 * stopping the server other test files share.
 */
export async function startTcpProxy(initial: { host: string; port: number }): Promise<TcpProxy> {
  const target = { ...initial };
  let open = true;
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  };
  const server: Server = createServer((client) => {
    track(client);
    if (!open) {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(target.port, target.host);
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const dropAll = () => {
    for (const socket of sockets) socket.resetAndDestroy();
  };
  return {
    port,
    cut() {
      open = false;
      dropAll();
    },
    restore() {
      open = true;
    },
    retarget(port) {
      target.port = port;
    },
    close: () =>
      new Promise<void>((resolve) => {
        dropAll();
        server.close(() => resolve());
      }),
  };
}
