import { AppError } from "@hunar/core/app-error";
import type { Db, GigStatus } from "@hunar/db/types";
import { GIG_REF_SELECT, type GigActor, type GigRef } from "./gig-actor.ts";
import { lockOwnGig } from "./lock-gig.ts";

async function move(db: Db, actor: GigActor, gigId: string, from: GigStatus, to: GigStatus, errorKey: string): Promise<GigRef> {
  return db.$transaction(async (tx) => {
    const gig = await lockOwnGig(tx, actor, gigId);
    if (gig.status !== from) throw new AppError("INVALID_STATE", errorKey);
    return tx.gig.update({ where: { id: gig.id }, data: { status: to }, select: GIG_REF_SELECT });
  });
}

/** PUBLISHED → PAUSED: hidden from buyers (busy, on holiday) without losing its place or reviews. */
export function pauseGig(db: Db, actor: GigActor, gigId: string): Promise<GigRef> {
  return move(db, actor, gigId, "PUBLISHED", "PAUSED", "gigs:errors.notPausable");
}

/** PAUSED → PUBLISHED: it was approved already, so it needs no new review. */
export function resumeGig(db: Db, actor: GigActor, gigId: string): Promise<GigRef> {
  return move(db, actor, gigId, "PAUSED", "PUBLISHED", "gigs:errors.notResumable");
}
