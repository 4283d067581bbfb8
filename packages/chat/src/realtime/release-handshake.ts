import type { IncomingMessage } from "node:http";
import type { ChatServer, ChatSocket } from "./socket-types.ts";

/** What an accepted socket's handshake shows from now on: nothing of the request is read again. */
const NO_HEADERS = Object.freeze({});
const NO_QUERY = Object.freeze({});

/**
 * Lets go of the upgrade request of every socket once it is accepted. The Origin and the session
 * cookie are read once, in io.use; after that, engine.io keeps the whole IncomingMessage (twice:
 * on its socket and on the stand-in response it gave middlewares) and socket.io keeps its headers
 * in `handshake`, cookie included, for as long as the tab stays open. For sockets that mostly sit
 * idle that was the largest single part of what each one cost.
 */
export function releaseHandshakes(io: ChatServer): void {
  const upgradeResponses = new WeakMap<IncomingMessage, { req?: unknown }>();
  io.engine.use((req: IncomingMessage, res: { req?: unknown }, next: () => void) => {
    upgradeResponses.set(req, res);
    next();
  });
  io.on("connection", (socket) => {
    const conn = socket.conn as { request: IncomingMessage | null };
    const request = conn.request;
    if (request) {
      const response = upgradeResponses.get(request);
      if (response) response.req = null;
      upgradeResponses.delete(request);
    }
    conn.request = null;
    slimHandshake(socket);
  });
}

function slimHandshake(socket: ChatSocket): void {
  const { handshake } = socket;
  handshake.headers = NO_HEADERS;
  handshake.query = NO_QUERY;
  handshake.url = "";
  handshake.time = "";
}
