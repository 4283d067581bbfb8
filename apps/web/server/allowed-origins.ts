import type { Server as HttpServer } from "node:http";
import type { ServerEnv } from "./env.ts";

const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];
const WILDCARD_HOSTS = new Set(["0.0.0.0", "::", "[::]"]);

/**
 * The origins that may send mutations and open sockets. Configured origins (PUBLIC_ORIGIN, plus
 * @hunar/auth's ALLOWED_ORIGINS) win; without them the server only trusts itself as reached on
 * this machine, on the port it really listens on (tests listen on port 0). Behind a proxy or on
 * a real host name PUBLIC_ORIGIN must be set, or every mutation is refused.
 */
export function allowedOriginsResolver(
  env: Pick<ServerEnv, "HOST" | "PORT" | "publicOrigins">,
  extraOrigins: readonly string[],
  httpServer: HttpServer,
): () => readonly string[] {
  const configured = [...new Set([...env.publicOrigins, ...extraOrigins])];
  if (configured.length > 0) return () => configured;

  let resolved: readonly string[] | undefined;
  return () => {
    if (resolved) return resolved;
    const address = httpServer.address();
    const port = address !== null && typeof address === "object" ? address.port : env.PORT;
    const origins = localOrigins(env.HOST, port);
    if (address !== null) resolved = origins; // the port is final once listening
    return origins;
  };
}

export function localOrigins(host: string | undefined, port: number): string[] {
  const hosts = new Set(LOOPBACK_HOSTS);
  if (host !== undefined && !WILDCARD_HOSTS.has(host)) hosts.add(host.includes(":") ? `[${host}]` : host);
  return [...hosts].map((name) => `http://${name}:${port}`);
}
