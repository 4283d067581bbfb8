import { isAppError } from "@hunar/core/app-error";
import { findInviteCandidates } from "@hunar/proposals/jobs/invite-candidates";
import type { HunarLoadContext } from "#app/load-context.ts";
import type { Message } from "#app/utils/form-errors.ts";

export type InviteSearch = Awaited<ReturnType<typeof inviteSearch>>;

/**
 * The client's "find freelancers to invite" search on their open job (`?find=` on the job page,
 * a plain GET form): the candidates, or the query's error shown under the field.
 */
export async function inviteSearch({ db }: Pick<HunarLoadContext, "db">, userId: string, jobId: string, query: string | null) {
  if (query === null) return null;
  try {
    return { query, candidates: await findInviteCandidates(db, { userId }, jobId, query), error: null };
  } catch (error) {
    if (!isAppError(error) || error.code !== "BAD_INPUT") throw error;
    const message: Message = error.fields?.q ?? { key: error.messageKey };
    return { query, candidates: [], error: message };
  }
}
