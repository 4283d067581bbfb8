import type { RequestHandler } from "express";

/**
 * The work requests started, so shutdown can wait for it before closing the database. Waiting
 * for the HTTP server to close is not enough: a client that hangs up mid-request (a load
 * generator stopping, a phone losing signal) closes its connection while the loader behind it
 * is still querying.
 */
export interface InFlightWork {
  track(handler: RequestHandler): RequestHandler;
  /** Resolves once every tracked handler has settled. */
  drain(): Promise<void>;
}

export function createInFlightWork(): InFlightWork {
  const pending = new Set<Promise<unknown>>();
  return {
    track: (handler) => (req, res, next) => {
      const work = Promise.resolve(handler(req, res, next));
      pending.add(work);
      const settled = () => pending.delete(work);
      work.then(settled, settled);
      return work;
    },
    async drain() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
