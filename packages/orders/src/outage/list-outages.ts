import type { Db } from "@hunar/db/types";
import { OUTAGE_SELECT, type OutageView, toOutageView } from "./outage-view.ts";

/** Declared outages, newest first, for the admin page (which checks the viewer is an admin). */
export async function listOutages(db: Db, options: { take?: number } = {}): Promise<OutageView[]> {
  const rows = await db.outage.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.take ?? 50,
    select: OUTAGE_SELECT,
  });
  return rows.map(toOutageView);
}
