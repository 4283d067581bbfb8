// The floor: a raw node:http response of about the size of a small page, no framework at all.
import { createServer } from "node:http";

const body = `<!doctype html><html lang="en"><head><title>raw</title></head><body><h1>Hunar</h1>${"<p>row</p>".repeat(50)}</body></html>`;
const port = Number(process.argv[2] ?? 3201);

createServer((_req, res) => {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  res.end(body);
}).listen(port, "127.0.0.1", () => process.send?.("ready"));
