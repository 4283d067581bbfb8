import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { connectRealtime, type RealtimeSocket } from "#app/realtime/connect.client.ts";

export interface ChatConnection {
  /** The live connection of the signed-in user; null when signed out and during server rendering. */
  socket: RealtimeSocket | null;
  connected: boolean;
  userId: string | null;
  /** Unread messages across all conversations, for the header badge. */
  unread: number;
}

/** Exported for tests, which hand the chat hooks a fake connection. */
export const ChatContext = createContext<ChatConnection>({ socket: null, connected: false, userId: null, unread: 0 });

/**
 * Opens one live connection per page for a signed-in person and shares it with the header badge
 * and the chat pages. The server render (and a page without JavaScript) gets no socket: the
 * badge then shows the count the root loader read.
 */
export function ChatProvider({ userId, initialUnread, children }: { userId: string | null; initialUnread: number; children: ReactNode }) {
  const [socket, setSocket] = useState<RealtimeSocket | null>(null);
  const [connected, setConnected] = useState(false);
  const [unread, setUnread] = useState(initialUnread);

  // A fresh count from the server (after a form post or a reload of the root data) wins.
  useEffect(() => setUnread(initialUnread), [initialUnread]);

  useEffect(() => {
    if (!userId) return;
    let live: RealtimeSocket | null = null;
    let closed = false;
    const onConnect = () => setConnected(true);
    const onDisconnect = () => setConnected(false);
    // The browser knows the network is back before socket.io's backoff timer does.
    const onOnline = () => {
      if (live && !live.connected) live.connect();
    };
    connectRealtime().then(
      (socket) => {
        if (closed) {
          socket.disconnect();
          return;
        }
        live = socket;
        socket.on("connect", onConnect);
        socket.on("disconnect", onDisconnect);
        socket.on("hello", (event) => setUnread(event.unreadMessages));
        socket.on("unread", (event) => setUnread(event.total));
        window.addEventListener("online", onOnline);
        setSocket(socket);
      },
      // The page still works without live updates (the counts are the server's), as on a flaky network.
      (error: unknown) => console.error("The live connection could not start.", error),
    );
    return () => {
      closed = true;
      window.removeEventListener("online", onOnline);
      live?.removeAllListeners();
      live?.disconnect();
      setSocket(null);
      setConnected(false);
    };
  }, [userId]);

  const value = useMemo(() => ({ socket, connected, userId, unread }), [socket, connected, userId, unread]);
  return <ChatContext.Provider value={value}>{children}</ChatContext.Provider>;
}

export function useChatConnection(): ChatConnection {
  return useContext(ChatContext);
}
