import { AppError, type FieldError } from "@hunar/core/app-error";
import { claimableUpload } from "@hunar/chat/attachments/unclaimed-upload";
import type { Tx } from "@hunar/db/types";
import type { RequirementAnswer } from "./requirement-input.ts";

const KEY = "orders:errors.requirements";

export interface WriteAnswersInput {
  orderId: string;
  /** The client: files must be their own uploads. */
  clientId: string;
  answers: readonly RequirementAnswer[];
  /** Every required question must end up answered (submitting); at checkout some may wait. */
  requireAll: boolean;
  now: Date;
}

/**
 * Writes the client's answers to the order's questions in the caller's transaction: the text,
 * and a file where the question allows one (one file per answer). Everything is checked before
 * anything is written; problems are BAD_INPUT with a field error on `answers.<position>.answer`
 * or `.file`, so the caller's transaction writes nothing.
 */
export async function writeAnswers(tx: Tx, input: WriteAnswersInput): Promise<void> {
  const questions = await tx.orderRequirement.findMany({
    where: { orderId: input.orderId },
    select: { id: true, position: true, required: true, allowFile: true, answer: true, _count: { select: { attachments: true } } },
  });
  const byPosition = new Map(questions.map((question) => [question.position, question]));
  const fileIds = input.answers.flatMap((a) => (a.attachmentId ? [a.attachmentId] : []));
  const usable = new Set(
    fileIds.length === 0
      ? []
      : (
          await tx.attachment.findMany({
            where: { id: { in: fileIds }, ...claimableUpload("deliveries", input.clientId, input.now) },
            select: { id: true },
          })
        ).map((row) => row.id),
  );

  const errors: Record<string, FieldError> = {};
  for (const answer of input.answers) {
    const question = byPosition.get(answer.position);
    if (!question) {
      errors[`answers.${answer.position}`] = { key: `${KEY}.unknownQuestion` };
      continue;
    }
    if (!answer.attachmentId) continue;
    const file = `answers.${answer.position}.file`;
    if (!question.allowFile) errors[file] = { key: `${KEY}.fileNotAllowed` };
    else if (question._count.attachments > 0) errors[file] = { key: `${KEY}.fileAlreadyAttached` };
    else if (!usable.has(answer.attachmentId)) errors[file] = { key: "chat:errors.attachments.unknownAttachment" };
  }
  if (input.requireAll) {
    const given = new Map(input.answers.map((answer) => [answer.position, answer]));
    for (const question of questions) {
      const answer = given.get(question.position);
      const answered = Boolean(answer?.answer ?? question.answer) || Boolean(answer?.attachmentId) || question._count.attachments > 0;
      if (question.required && !answered) errors[`answers.${question.position}.answer`] ??= { key: `${KEY}.answerRequired` };
    }
  }
  if (Object.keys(errors).length > 0) throw new AppError("BAD_INPUT", "errors:badInput", { fields: errors });

  for (const answer of input.answers) {
    const question = byPosition.get(answer.position);
    if (!question) continue;
    if (answer.answer !== null) await tx.orderRequirement.update({ where: { id: question.id }, data: { answer: answer.answer } });
    if (!answer.attachmentId) continue;
    // Re-checked in the write: an upload claimed a moment ago by something else is not taken over.
    const claimed = await tx.attachment.updateMany({
      where: { id: answer.attachmentId, ...claimableUpload("deliveries", input.clientId, input.now) },
      data: { requirementId: question.id },
    });
    if (claimed.count !== 1) {
      const field = `answers.${answer.position}.file`;
      throw new AppError("BAD_INPUT", "errors:badInput", { fields: { [field]: { key: "chat:errors.attachments.unknownAttachment" } } });
    }
  }
}
