import type { Request as ExpressRequest } from "express";

/**
 * A web Request over an Express request's body, for parsers written against the Fetch API.
 * Unlike Readable.toWeb, cancelling it (a parser giving up on an oversized file) does not destroy
 * the socket: the body stays readable, so the server can still drain it and answer.
 */
export function requestBodyStream(req: ExpressRequest): { request: Request; stop(): void } {
  let stopped = false;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      req.on("data", (chunk: Buffer) => {
        if (stopped) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.once("end", () => {
        if (!stopped) controller.close();
      });
      req.once("error", (error) => {
        if (!stopped) controller.error(error);
      });
      // A connection closed mid-body may end without an "error"; the parser must not wait forever.
      req.once("close", () => {
        if (!stopped && !req.complete) {
          stopped = true;
          controller.error(new Error("The request body ended early"));
        }
      });
    },
    pull() {
      req.resume();
    },
    cancel() {
      stopped = true;
      req.pause();
    },
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(name, value);
  }
  const request = new Request(`http://localhost${req.originalUrl}`, { method: req.method, headers, body, duplex: "half" } as RequestInit);
  return {
    request,
    /** Stops feeding the parser (which may have given up without cancelling), before draining. */
    stop() {
      stopped = true;
    },
  };
}
