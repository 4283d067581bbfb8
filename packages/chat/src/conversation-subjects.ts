import type { Db, Tx } from "@hunar/db/types";
import type { MessageAbout } from "./message-rules.ts";

/** Whom one gig, proposal, offer or order concerns (user ids); null when it does not exist. */
export type SubjectParties = (db: Db | Tx, id: string) => Promise<string[] | null>;

/**
 * What a conversation or message can be about, each kind answered by the package that owns it
 * (gigs, orders, proposals). They sit on chat's floor or above it, so the API composes them
 * and hands them in; chat never reads another domain's tables.
 */
export type ConversationSubjects = Record<keyof MessageAbout, SubjectParties>;
