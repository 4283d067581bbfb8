import { createSession } from "@hunar/auth/session";
import type { Db } from "@hunar/db/client";
import { createTestUser } from "@hunar/db/testing/factories";

export interface Person {
  userId: string;
  cookie: string;
}

/** A verified account with a live session, written straight to the database (no sign-up flow, no limits). */
export async function personWithSession(db: Db, name: string): Promise<Person> {
  const { userId } = await createTestUser(db, name);
  const { token } = await createSession(db, userId);
  return { userId, cookie: `hunar_session=${token}` };
}
