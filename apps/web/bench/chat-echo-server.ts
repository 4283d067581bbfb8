// The comparison row of the chat bench: socket.io with nothing of Hunar in it. No session, no
// Origin check, no database: a socket joins its pair's room from the handshake, and a sent
// message is acknowledged and handed to the room at once. What the real server costs on top of
// socket.io itself is the difference between the two rows.
import { createServer } from "node:http";
import { Server } from "socket.io";

interface EchoMessage {
  conversationId: string;
  clientMessageId: string;
  body: string;
}

const port = Number(process.argv[2] ?? 3301);
const httpServer = createServer();
const io = new Server(httpServer, { serveClient: false, transports: ["websocket"] });
let seq = 0;

io.on("connection", (socket) => {
  const room = String(socket.handshake.auth.room ?? "");
  void socket.join(room);
  socket.emit("hello", { userId: socket.id, unreadMessages: 0 });
  socket.on("message:send", (input: EchoMessage, ack: (result: unknown) => void) => {
    seq += 1;
    const message = { ...input, seq, createdAt: new Date().toISOString() };
    ack({ ok: true, data: message });
    io.to(room).emit("message:new", message);
  });
});

httpServer.listen(port, "127.0.0.1", () => process.send?.("ready"));
process.on("SIGTERM", () => {
  void io.close();
  process.exit(0);
});
