import { AppError, isAppError } from "@hunar/core/app-error";
import { addClarification } from "@hunar/proposals/jobs/add-clarification";
import { closeJob } from "@hunar/proposals/jobs/close-job";
import { inviteFreelancer } from "@hunar/proposals/jobs/invite-freelancer";
import { getMyProposal } from "@hunar/proposals/proposals/get-my-proposal";
import { submitProposal } from "@hunar/proposals/proposals/submit-proposal";
import { updateProposal } from "@hunar/proposals/proposals/update-proposal";
import { withdrawProposal } from "@hunar/proposals/proposals/withdraw-proposal";
import { loadPublicProfile } from "@hunar/profiles/public-profile";
import { data } from "react-router";
import type { HunarLoadContext } from "#app/load-context.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import { proposalFieldErrors, proposalFieldsFromForm, proposalInputFromFields } from "./proposal-form-data.ts";

export type JobPageForm = "clarify" | "close" | "invite" | "inviteFound" | "propose" | "editProposal" | "withdraw";

const FORMS: readonly JobPageForm[] = ["clarify", "close", "invite", "inviteFound", "propose", "editProposal", "withdraw"];

/**
 * The job page's forms, one intent each. Every one is a plain POST; the domain decides who may
 * do what (the client clarifies, closes and invites by handle or from the search; a freelancer proposes, edits and withdraws), and a
 * refusal comes back as the form's errors with its values kept.
 */
export async function jobPageAction(request: Request, { db }: Pick<HunarLoadContext, "db">, userId: string, jobId: string) {
  const form = await readForm(request);
  const intent = textField(form, "intent");
  if (!(FORMS as readonly string[]).includes(intent)) throw data({ messageKey: "errors:badInput" }, { status: 400 });
  const which = intent as JobPageForm;
  const actor = { userId };
  if (which === "propose" || which === "editProposal") return propose(db, actor, jobId, form, which);
  const values = { body: textField(form, "body"), handle: textField(form, "handle") };
  try {
    if (which === "clarify") await addClarification(db, actor, jobId, { body: values.body });
    if (which === "close") await closeJob(db, actor, jobId);
    if (which === "invite") await invite(db, actor, jobId, values.handle);
    // A freelancer found by the invite search on this page, named by id (not everyone has a handle).
    if (which === "inviteFound") await inviteFreelancer(db, actor, jobId, textField(form, "freelancerId"));
    if (which === "withdraw") await withdraw(db, actor, jobId);
  } catch (error) {
    return formErrorResponse(error, { form: which, values, fields: null, done: false });
  }
  return { form: which, values: null, fields: null, done: true, errors: null };
}

/** A new bid, or changes to the freelancer's own one (found on the server: the form names no proposal). */
async function propose(
  db: HunarLoadContext["db"],
  actor: { userId: string },
  jobId: string,
  form: FormData,
  which: "propose" | "editProposal",
) {
  const fields = proposalFieldsFromForm(form);
  try {
    const input = proposalInputFromFields(jobId, fields);
    if (which === "propose") await submitProposal(db, actor, input);
    else await updateProposal(db, actor, (await ownProposal(db, actor, jobId)).id, input);
  } catch (error) {
    // The domain names a milestone by its place in the list it got; the form by its row.
    const mapped = isAppError(error)
      ? new AppError(error.code, error.messageKey, { params: error.params, fields: proposalFieldErrors(fields, error.fields ?? {}) })
      : error;
    return formErrorResponse(mapped, { form: which, values: null, fields, done: false });
  }
  return { form: which, values: null, fields: null, done: true, errors: null };
}

/** A handle as people write it ("@ayesha" too); one that names nobody active is the field's error. */
async function invite(db: HunarLoadContext["db"], actor: { userId: string }, jobId: string, handle: string) {
  const written = handle.trim().replace(/^@/, "");
  const person = written ? await loadPublicProfile(db, { handle: written }) : null;
  if (!person) {
    throw new AppError("NOT_FOUND", "jobs:errors.freelancerNotFound", { fields: { handle: { key: "jobs:errors.freelancerNotFound" } } });
  }
  await inviteFreelancer(db, actor, jobId, person.id);
}

/** The viewer's own proposal on this job, found on the server: the form names no proposal. */
async function ownProposal(db: HunarLoadContext["db"], actor: { userId: string }, jobId: string) {
  const mine = await getMyProposal(db, actor, jobId);
  if (!mine) throw new AppError("NOT_FOUND", "proposals:errors.notFound");
  return mine;
}

async function withdraw(db: HunarLoadContext["db"], actor: { userId: string }, jobId: string) {
  await withdrawProposal(db, actor, (await ownProposal(db, actor, jobId)).id);
}
