import { AppError } from "@hunar/core/app-error";
import type { Db, Tx } from "@hunar/db/client";
import { invalidateSession, invalidateUserSessions } from "./session.ts";

export async function logOut(db: Db | Tx, sessionId: string): Promise<void> {
  await invalidateSession(db, sessionId);
}

/** Ends every session of the user, the current one included. */
export async function logOutEverywhere(db: Db | Tx, userId: string): Promise<void> {
  await invalidateUserSessions(db, userId);
}

/** Ends one of the user's own sessions (from the sessions list); another user's id is NOT_FOUND. */
export async function revokeSession(db: Db | Tx, userId: string, sessionId: string): Promise<void> {
  const { count } = await db.session.deleteMany({ where: { id: sessionId, userId } });
  if (count === 0) throw new AppError("NOT_FOUND", "errors:sessionNotFound");
}
