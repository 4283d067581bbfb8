import { isAllowedOrigin, requestOrigins } from "@hunar/auth/origin";
import { data } from "react-router";
import type { HunarLoadContext } from "#app/load-context.ts";

/**
 * Every action starts here: a mutation whose Origin header is missing or not ours is a possible
 * cross-site request forgery and gets 403 before anything else runs.
 */
export function assertTrustedOrigin(request: Request, context: HunarLoadContext): void {
  const allowed = context.allowedOrigins.length > 0 ? context.allowedOrigins : requestOrigins(request.headers);
  if (isAllowedOrigin(request.headers.get("Origin"), allowed)) return;
  throw data({ messageKey: "errors:originRejected" }, { status: 403 });
}
