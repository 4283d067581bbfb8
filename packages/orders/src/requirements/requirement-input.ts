import { z } from "zod";

const KEY = "orders:errors.requirements";

/** As many answers as a gig can ask questions (gigs' MAX_REQUIREMENTS). */
export const MAX_ANSWERS = 10;
export const ANSWER_MAX = 5_000;

const ZAnswerText = z
  .string({ error: `${KEY}.answerInvalid` })
  .transform((text) => text.normalize("NFC").replace(/\r\n?/g, "\n").trim())
  .pipe(z.string().max(ANSWER_MAX, `${KEY}.answerTooLong`))
  .transform((text) => (text === "" ? null : text));

const ZAnswer = z.object({
  position: z
    .number({ error: `${KEY}.unknownQuestion` })
    .int(`${KEY}.unknownQuestion`)
    .min(0, `${KEY}.unknownQuestion`),
  answer: ZAnswerText.nullish().transform((text) => text ?? null),
  attachmentId: z
    .string({ error: `${KEY}.unknownFile` })
    .min(1, `${KEY}.unknownFile`)
    .max(64, `${KEY}.unknownFile`)
    .nullish()
    .transform((id) => id ?? null),
});

export interface RequirementAnswer {
  position: number;
  answer: string | null;
  attachmentId: string | null;
}

const positionOf = (item: unknown, index: number): number => {
  const position = (item as { position?: unknown } | null)?.position;
  return typeof position === "number" && Number.isInteger(position) && position >= 0 ? position : index;
};

/**
 * The client's answers, `{ position, answer?, attachmentId? }` each. Errors are reported on
 * `answers.<position>.<field>` (the question's own form field, whatever order the list came in);
 * a question answered twice in one list is refused.
 */
export const ZRequirementAnswers = z
  .array(z.unknown(), { error: `${KEY}.answerInvalid` })
  .max(MAX_ANSWERS, `${KEY}.unknownQuestion`)
  .nullish()
  .transform((items, ctx): RequirementAnswer[] => {
    const answers: RequirementAnswer[] = [];
    const seen = new Set<number>();
    for (const [index, item] of (items ?? []).entries()) {
      const position = positionOf(item, index);
      const parsed = ZAnswer.safeParse(item);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const params = issue.code === "too_big" ? { max: Number(issue.maximum) } : undefined;
          ctx.addIssue({ code: "custom", message: issue.message, path: [position, ...issue.path], params });
        }
        continue;
      }
      if (seen.has(position)) ctx.addIssue({ code: "custom", message: `${KEY}.unknownQuestion`, path: [position] });
      seen.add(position);
      answers.push(parsed.data);
    }
    return answers;
  });
