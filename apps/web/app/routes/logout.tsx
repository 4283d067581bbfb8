import { logOut } from "@hunar/auth/log-out";
import { serializeBlankSessionCookie } from "@hunar/auth/cookie";
import { redirect } from "react-router";
import { getCurrentSession } from "#app/utils/auth.server.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import type { Route } from "./+types/logout";

// Logging out changes state, so it is POST only (a link or prefetch must never log anyone out).
export function loader() {
  return redirect("/");
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { session } = await getCurrentSession(request, context);
  if (session) {
    await logOut(context.db, session.id);
    context.realtime.disconnectSession(session.id);
  }
  return redirect("/", { headers: { "Set-Cookie": serializeBlankSessionCookie() } });
}
