import type { SessionUser } from "@hunar/auth/session-user";
import { AppError } from "@hunar/core/app-error";
import { parseRupees } from "@hunar/core/money";
import { appealDispute } from "@hunar/disputes/decisions/appeal-dispute";
import { decideAppeal } from "@hunar/disputes/decisions/decide-appeal";
import { decideDispute } from "@hunar/disputes/decisions/decide-dispute";
import { checkMayPost, postToDispute } from "@hunar/disputes/post-to-dispute";
import { answerSettlement } from "@hunar/disputes/settlement/answer-settlement";
import { proposeSettlement } from "@hunar/disputes/settlement/propose-settlement";
import { redirect } from "react-router";
import type { HunarLoadContext } from "#app/load-context.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import { withEvidenceForm } from "./evidence-form.server.ts";

/**
 * The dispute pages' actions, by `?intent=`: each reads its form, calls the disputes domain and
 * either redirects back with `?done=<intent>` or returns the localised error with the values to
 * keep. The domain checks who may do what under its locks; these only translate forms.
 */
export interface DisputeActionArgs {
  request: Request;
  context: HunarLoadContext;
  disputeId: string;
  user: SessionUser;
  /** Where success goes back to: the party's page or the admin's. */
  page: string;
}

type Handler = (args: DisputeActionArgs) => Promise<unknown>;

const done = (page: string, intent: string) => redirect(`${page}?done=${encodeURIComponent(intent)}`);

/**
 * Typed rupees to the freelancer; the client's share is the rest of the escrow the page showed
 * (`escrowPaisa`, a hidden field). The domain checks the two against the escrow it holds, so an
 * edited field is refused as a split that does not add up.
 */
function splitFromForm(form: FormData) {
  const typed = parseRupees(textField(form, "freelancerRupees"), { allowZero: true });
  if (!typed.ok) throw new AppError("BAD_INPUT", "errors:badInput", { fields: { freelancerPaisa: typed.error } });
  const freelancerPaisa = Number(typed.paisa);
  const escrowPaisa = Number(textField(form, "escrowPaisa"));
  return { freelancerPaisa, clientPaisa: Number.isSafeInteger(escrowPaisa) ? escrowPaisa - freelancerPaisa : -1 };
}

const post: Handler = async ({ request, context, disputeId, user, page }) => {
  const intent = "post";
  let statement = "";
  try {
    await checkMayPost(context.db, { userId: user.id }, disputeId);
    await withEvidenceForm(request, context, user.id, async (form, attachmentIds) => {
      statement = textField(form, "statement");
      return postToDispute(context.db, { userId: user.id }, { disputeId, statement, attachmentIds });
    });
  } catch (error) {
    return formErrorResponse(error, { intent, values: { statement } });
  }
  throw done(page, intent);
};

const propose: Handler = async ({ request, context, disputeId, user, page }) => {
  const intent = "propose";
  const form = await readForm(request);
  const values = { freelancerRupees: textField(form, "freelancerRupees") };
  try {
    await proposeSettlement(context.db, { userId: user.id }, { disputeId, ...splitFromForm(form) });
  } catch (error) {
    return formErrorResponse(error, { intent, values });
  }
  throw done(page, intent);
};

const answerProposal: Handler = async ({ request, context, user, page }) => {
  const intent = "answerProposal";
  const form = await readForm(request);
  const answer = textField(form, "answer");
  try {
    await answerSettlement(context.db, { userId: user.id }, { proposalId: textField(form, "proposalId"), answer: answer as never });
  } catch (error) {
    return formErrorResponse(error, { intent, values: {} });
  }
  throw done(page, answer === "accept" ? "settled" : intent);
};

const appeal: Handler = async ({ request, context, disputeId, user, page }) => {
  const intent = "appeal";
  const form = await readForm(request);
  const values = { reason: textField(form, "reason") };
  try {
    await appealDispute(context.db, { userId: user.id }, { disputeId, reason: values.reason });
  } catch (error) {
    return formErrorResponse(error, { intent, values });
  }
  throw done(page, intent);
};

/** An admin's decision, or the appeal's: the resolution, typed rupees for a split, the reason. */
function decisionHandler(intent: "decide" | "decideAppeal"): Handler {
  return async ({ request, context, disputeId, user, page }) => {
    const form = await readForm(request);
    const values = {
      resolution: textField(form, "resolution"),
      freelancerRupees: textField(form, "freelancerRupees"),
      reason: textField(form, "reason"),
    };
    try {
      const amounts = values.resolution === "SPLIT" ? splitFromForm(form) : {};
      const input = { disputeId, resolution: values.resolution as never, reason: values.reason, ...amounts };
      const admin = { userId: user.id, ip: context.ip };
      if (intent === "decide") await decideDispute(context.db, admin, input);
      else await decideAppeal(context.db, admin, input);
    } catch (error) {
      return formErrorResponse(error, { intent, values });
    }
    throw done(page, intent);
  };
}

export const PARTY_ACTIONS: Record<string, Handler> = { post, propose, answerProposal, appeal };
export const ADMIN_ACTIONS: Record<string, Handler> = {
  post,
  decide: decisionHandler("decide"),
  decideAppeal: decisionHandler("decideAppeal"),
};

/** Runs the handler `?intent=` names; an unknown intent is refused like any bad form. */
export async function runDisputeAction(actions: Record<string, Handler>, args: DisputeActionArgs) {
  const intent = new URL(args.request.url).searchParams.get("intent") ?? "";
  const handler = Object.hasOwn(actions, intent) ? actions[intent] : undefined;
  if (!handler) return formErrorResponse(new AppError("BAD_INPUT", "errors:invalid"), { intent, values: {} });
  return handler(args);
}
