import { FAST_TEST_HASHING } from "@hunar/auth/password";
import { createAuthLimiter } from "@hunar/auth/rate-limit";
import { recordingAccountMail } from "@hunar/auth/testing/account-mail";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Db } from "@hunar/db/client";
import { LocalDiskUploadStorage, type UploadStorage } from "@hunar/core/upload-storage";
import { vi } from "vitest";
import type { UnreadNotificationsEvent } from "@hunar/chat/realtime/events";
import type { HunarLoadContext } from "#app/load-context.ts";

export const ORIGIN = "http://hunar.test";

/**
 * A load context built by hand, as the Express server builds it, with spies for realtime.
 * Uploaded images go to a folder of their own under the system's temporary directory unless the
 * test passes a storage.
 */
export function testContext(db: Db, opts: { imageStorage?: UploadStorage } = {}) {
  // What account e-mails (verification, reset links) the actions sent, links on ORIGIN.
  const mail = recordingAccountMail();
  const realtime = {
    disconnectSession: vi.fn<(id: string) => void>(),
    disconnectUser: vi.fn<(id: string) => void>(),
    publishUnreadNotifications: vi.fn<(userId: string, event: UnreadNotificationsEvent) => void>(),
  };
  const context: HunarLoadContext = {
    db,
    ip: "203.0.113.7",
    requestId: "test",
    allowedOrigins: [ORIGIN],
    cspNonce: "",
    limiter: createAuthLimiter({ redis: null, keyPrefix: `test:${crypto.randomUUID()}` }),
    passwordHashing: FAST_TEST_HASHING,
    accountMail: mail,
    realtime,
    log: { info: () => {}, warn: () => {}, error: () => {} },
    imageStorage: opts.imageStorage ?? new LocalDiskUploadStorage(join(tmpdir(), `hunar-test-images-${crypto.randomUUID()}`), "gig-images"),
  };
  return { context, realtime, mail };
}

/** A form POST from our own origin (or another, or none), optionally signed in. */
export function formPost(path: string, fields: Record<string, string>, opts: { cookie?: string; origin?: string | null } = {}): Request {
  const headers = new Headers({ "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36" });
  if (opts.origin !== null) headers.set("Origin", opts.origin ?? ORIGIN);
  if (opts.cookie) headers.set("Cookie", opts.cookie);
  return new Request(`${ORIGIN}${path}`, { method: "POST", headers, body: new URLSearchParams(fields) });
}

export function get(path: string, cookie?: string, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}${path}`, { headers: { ...headers, ...(cookie ? { Cookie: cookie } : {}) } });
}

/** What an action or loader answered: a redirect Response, `data(...)` with an init, or plain data. */
export function outcome(result: unknown): { status: number; location: string | null; cookies: string[]; body: unknown } {
  if (result instanceof Response) {
    return {
      status: result.status,
      location: result.headers.get("Location"),
      cookies: result.headers.getSetCookie(),
      body: null,
    };
  }
  if (result && typeof result === "object" && "type" in result && result.type === "DataWithResponseInit") {
    const { data, init } = result as unknown as { data: unknown; init: ResponseInit | null };
    return {
      status: init?.status ?? 200,
      location: null,
      cookies: new Headers(init?.headers).getSetCookie(),
      body: data,
    };
  }
  return { status: 200, location: null, cookies: [], body: result };
}

/**
 * Runs an action or loader that may throw a Response or `data(...)`, returning what it produced.
 * Anything else thrown is what React Router would answer with a 500: it fails the test.
 */
export async function settle(run: () => unknown): Promise<ReturnType<typeof outcome>> {
  try {
    return outcome(await run());
  } catch (thrown) {
    const isDataWithInit = typeof thrown === "object" && thrown !== null && "type" in thrown && thrown.type === "DataWithResponseInit";
    if (thrown instanceof Response || isDataWithInit) return outcome(thrown);
    throw thrown;
  }
}

/** The `name=value` part of a Set-Cookie, for sending it back. */
export function cookiePair(setCookies: string[], name: string): string {
  const found = setCookies.find((cookie) => cookie.startsWith(`${name}=`));
  if (!found) throw new Error(`no ${name} cookie in ${JSON.stringify(setCookies)}`);
  return found.split(";")[0] ?? "";
}

/**
 * Calls a route module's loader or action with the arguments React Router passes it and settles
 * the outcome. Route modules type their arguments with generated route types; at run time they
 * take these.
 */
export function runRoute(
  fn: unknown,
  request: Request,
  context: ReturnType<typeof testContext>["context"],
  params: Record<string, string> = {},
): Promise<ReturnType<typeof outcome>> {
  type RouteFunction = (args: {
    request: Request;
    context: ReturnType<typeof testContext>["context"];
    params: Record<string, string>;
  }) => unknown;
  return settle(() => (fn as RouteFunction)({ request, context, params }));
}
