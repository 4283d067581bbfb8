// The end-to-end run's mail server: a real SMTP server (the one the notification tests use) that
// the app sends its e-mails to, and a small HTTP reading of what it received, for the tests.
// Playwright starts it before the app (see playwright.config.ts) and stops it after the run.
//
//   GET /healthz   -> 200 once both listen
//   GET /messages  -> every message received, oldest first (CaughtMail in mail.ts)
import { createServer } from "node:http";
import { startSmtpTestServer } from "@hunar/notifications/testing/smtp-test-server";
import type { CaughtMail } from "./mail.ts";
import { e2ePorts } from "./ports.ts";

const ports = e2ePorts();
const smtp = await startSmtpTestServer({ port: ports.smtp });

const http = createServer((request, response) => {
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  if (request.method === "GET" && path === "/healthz") {
    response.writeHead(200, { "content-type": "text/plain" }).end("ok");
    return;
  }
  if (request.method === "GET" && path === "/messages") {
    const messages: CaughtMail[] = smtp.received.map((mail) => ({
      from: mail.from,
      to: mail.to,
      headers: Object.fromEntries(mail.headers),
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    }));
    response.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(messages));
    return;
  }
  response.writeHead(404).end();
});
await new Promise<void>((resolve, reject) => {
  http.once("error", reject);
  http.listen(ports.mail, "127.0.0.1", () => resolve());
});

const stop = () => {
  http.close();
  void smtp.close().then(() => process.exit(0));
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
