import type { ServerToClientEvents } from "@hunar/chat/realtime/events";
import { useEffect, useRef } from "react";
import type { RealtimeSocket } from "#app/realtime/connect.client.ts";

type Handlers = Partial<{ [E in keyof ServerToClientEvents]: ServerToClientEvents[E] }>;

/**
 * Subscribes to server events for as long as the component lives. Handlers are read through a
 * ref, so they always see the latest props and state without re-subscribing on every render.
 */
export function useLiveSocketEvents(socket: RealtimeSocket | null, handlers: Handlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  const names = Object.keys(handlers).sort().join(",");
  useEffect(() => {
    if (!socket) return;
    const subscribed = names.split(",").filter(Boolean) as (keyof ServerToClientEvents)[];
    const listeners = subscribed.map((name) => {
      const listener = (...args: unknown[]) => (latest.current[name] as ((...a: unknown[]) => void) | undefined)?.(...args);
      socket.on(name, listener);
      return [name, listener] as const;
    });
    return () => {
      for (const [name, listener] of listeners) socket.off(name, listener);
    };
  }, [socket, names]);
}
