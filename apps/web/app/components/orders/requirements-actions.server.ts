import { attachmentError } from "@hunar/chat/attachments/attachment-errors";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB } from "@hunar/chat/attachments/limits";
import type { UploadStorage } from "@hunar/core/upload-storage";
import type { HunarLoadContext } from "#app/load-context.ts";
import { MAX_ANSWERS } from "@hunar/orders/requirements/requirement-input";
import { storeAnswerFile } from "@hunar/orders/requirements/store-answer-file";
import { submitRequirements } from "@hunar/orders/requirements/submit-requirements";
import { deliveryFileStorage } from "@hunar/orders/work/default-storage";
import { redirect } from "react-router";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { textField } from "#app/utils/form-data.ts";
import { readMultipartForm } from "#app/utils/read-multipart-form.server.ts";
import { type OrderActionHandler, orderDoneHref } from "./order-action.server.ts";

// The answers form posts `answers.<position>.answer`, a file input `answers.<position>.file` where
// the question takes one, and `answers.<position>.attachmentId` for a file stored by an earlier
// attempt that was refused (so the client need not choose it again).
const FIELD = /^answers\.(\d{1,2})\.(answer|file|attachmentId)$/;
/** Files in one post: a body larger than this is refused while it streams in. */
const MAX_FILES_PER_POST = 3;

export interface AnswerValues {
  position: number;
  answer: string;
  /** The file on this answer: stored now or by an earlier attempt. */
  file: { id: string; fileName: string } | null;
}

export interface RequirementAnswersForm {
  form: FormData;
  answers: AnswerValues[];
}

/**
 * Reads the answers form (multipart, each file refused as its 10 MB + 1st byte arrives) and
 * stores each chosen file as an upload of the client; the domain then puts it on its answer,
 * or refuses it. A refused file throws BAD_INPUT on its own `answers.<position>.file`. Once the
 * request's signal aborts (the browser went away), no further file is processed and its reason
 * is thrown.
 */
export async function readRequirementAnswers(
  request: Request,
  { db, storage = deliveryFileStorage(), userId }: { db: HunarLoadContext["db"]; storage?: UploadStorage; userId: string },
): Promise<RequirementAnswersForm> {
  const { form, files } = await readMultipartForm(request, {
    fileField: (name) => FIELD.exec(name)?.[2] === "file",
    maxFiles: MAX_FILES_PER_POST,
    maxFileBytes: MAX_ATTACHMENT_BYTES,
    refuse: {
      tooLarge: () => attachmentError("tooLarge", { maxMb: MAX_ATTACHMENT_MB }, "answers"),
      tooMany: () => attachmentError("tooMany", { max: MAX_FILES_PER_POST }, "answers"),
      unreadable: () => attachmentError("unreadableForm", undefined, "answers"),
    },
  });
  const positions = new Set<number>();
  for (const name of [...form.keys(), ...files.map((file) => file.fieldName)]) {
    const position = Number(FIELD.exec(name)?.[1]);
    if (Number.isInteger(position) && position < MAX_ANSWERS * 10) positions.add(position);
  }
  const answers: AnswerValues[] = [];
  for (const position of [...positions].sort((a, b) => a - b)) {
    const chosen = files.find((file) => file.fieldName === `answers.${position}.file`);
    // storeAnswerFile takes no signal of its own: the check is between files.
    if (chosen) request.signal.throwIfAborted();
    const stored = chosen
      ? await storeAnswerFile(db, storage, {
          uploaderId: userId,
          fileName: chosen.name,
          bytes: new Uint8Array(await chosen.arrayBuffer()),
          field: `answers.${position}.file`,
        })
      : null;
    const keptId = textField(form, `answers.${position}.attachmentId`);
    const kept = keptId ? { id: keptId, fileName: textField(form, `answers.${position}.fileName`) } : null;
    answers.push({ position, answer: textField(form, `answers.${position}.answer`), file: stored ?? kept });
  }
  return { form, answers };
}

/** The answers as the domain takes them. */
export const domainAnswers = (answers: readonly AnswerValues[]) =>
  answers.map(({ position, answer, file }) => ({ position, answer, attachmentId: file?.id ?? null }));

/** The order page's requirement actions: the client answers the gig's questions and the work starts. */
export const REQUIREMENTS_ACTIONS = {
  submitRequirements: async ({ request, context, orderId, user }) => {
    const intent = "submitRequirements";
    let answers: AnswerValues[] = [];
    try {
      const read = await readRequirementAnswers(request, { db: context.db, userId: user.id });
      answers = read.answers;
      await submitRequirements(context.db, { userId: user.id }, { orderId, answers: domainAnswers(answers) });
    } catch (error) {
      return formErrorResponse(error, { intent, values: { answers } });
    }
    throw redirect(orderDoneHref(orderId, intent));
  },
} satisfies Record<string, OrderActionHandler>;
