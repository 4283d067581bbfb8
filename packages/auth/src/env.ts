import { z } from "zod";

// The only place @hunar/auth reads the environment.
const ZAuthEnv = z.object({
  NODE_ENV: z.string().default("production"),
  REDIS_URL: z.url().optional(),
  // Comma-separated list of origins allowed to send mutations, e.g. "https://hunar.pk".
  // When empty, the request's own origin (from its Host header) is the only one allowed.
  ALLOWED_ORIGINS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ""),
    ),
  // The site's public origin(s), comma-separated, as the web server reads them. An https one (the
  // rule that also turns on HSTS) makes the session cookie __Host-hunar_session.
  PUBLIC_ORIGIN: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ""),
    ),
  // Override for the cookie's Secure attribute; by default Secure everywhere but development.
  // "false" also keeps the unprefixed cookie name under https (browsers refuse __Host- without Secure).
  COOKIE_SECURE: z.enum(["true", "false"]).optional(),
  // Sign-ups allowed per IP address per hour (default 50: carrier NAT puts many mobile users
  // behind one address; new accounts must verify their e-mail before they can post, order or
  // message, which is what slows scripts). Lower it if that address sharing is not your case.
  SIGNUP_LIMIT_PER_IP: z.coerce.number().int().min(1).max(100_000).optional(),
  // CI must run the Redis-backed tests, never skip them.
  CI: z
    .string()
    .optional()
    .transform((value) => value === "true" || value === "1"),
});

const parsed = ZAuthEnv.parse({
  NODE_ENV: process.env.NODE_ENV,
  REDIS_URL: process.env.REDIS_URL || undefined,
  ALLOWED_ORIGINS: process.env.ALLOWED_ORIGINS,
  PUBLIC_ORIGIN: process.env.PUBLIC_ORIGIN,
  COOKIE_SECURE: process.env.COOKIE_SECURE || undefined,
  SIGNUP_LIMIT_PER_IP: process.env.SIGNUP_LIMIT_PER_IP || undefined,
  CI: process.env.CI,
});

export const authEnv = {
  ...parsed,
  cookieSecure: parsed.COOKIE_SECURE === undefined ? parsed.NODE_ENV !== "development" : parsed.COOKIE_SECURE === "true",
  /** The site is served over https: the session cookie is `__Host-hunar_session` (see cookie.ts). */
  cookieHttps: parsed.COOKIE_SECURE !== "false" && parsed.PUBLIC_ORIGIN.some((origin) => /^https:\/\//i.test(origin)),
};
