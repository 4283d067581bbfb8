import type { Db, Prisma } from "@hunar/db/types";
import { OUTAGE_SELECT, type OutageView, toOutageView } from "./outage-view.ts";

/** Declared at or after `since` (every outage without it); shared by the list and the count so the two never disagree. */
function declaredSince(since: Date | undefined): Prisma.OutageWhereInput {
  return since ? { createdAt: { gte: since } } : {};
}

/** Declared outages, newest first, for the admin page (which checks the viewer is an admin). */
export async function listOutages(db: Db, options: { take?: number; since?: Date } = {}): Promise<OutageView[]> {
  const rows = await db.outage.findMany({
    where: declaredSince(options.since),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.take ?? 50,
    select: OUTAGE_SELECT,
  });
  return rows.map(toOutageView);
}

/** How many outages were declared at or after `since` (all of them without it), for the admin home. */
export function countOutages(db: Db, options: { since?: Date } = {}): Promise<number> {
  return db.outage.count({ where: declaredSince(options.since) });
}
