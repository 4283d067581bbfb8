import { AppError } from "@hunar/core/app-error";
import { parseInput } from "@hunar/core/parse-input";
import type { Db } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import { z } from "zod";
import { lockOrder } from "../lock-order.ts";
import { addDays, orderHref } from "../order-link.ts";
import { orderNotFound, requireRole } from "../order-role.ts";
import { recordOrderEvent } from "../timeline/record-order-event.ts";
import { ZRequirementAnswers } from "./requirement-input.ts";
import { writeAnswers } from "./write-answers.ts";

const KEY = "orders:errors.requirements";

export const ZSubmitRequirementsInput = z.object({
  orderId: z.string({ error: "orders:errors.notFound" }).min(1, "orders:errors.notFound").max(64, "orders:errors.notFound"),
  answers: ZRequirementAnswers,
});

export interface SubmitRequirementsInput {
  orderId: string;
  answers: Array<{ position: number; answer?: string | null; attachmentId?: string | null }>;
}

export interface SubmittedRequirements {
  orderId: string;
  requirementsSubmittedAt: Date;
  dueAt: Date;
}

/**
 * The client answers the gig's questions of a paid order that waits for them, and the work
 * starts: the delivery clock runs from now (dueAt = now + deliveryDays). Only the client
 * answers (the freelancer is FORBIDDEN, anyone else NOT_FOUND); every required question must be
 * answered, in writing or with a file where allowed (BAD_INPUT with a field error each); answers
 * are given once. Under the order's row lock, so two submissions cannot both start the clock.
 */
export async function submitRequirements(
  db: Db,
  client: { userId: string },
  raw: SubmitRequirementsInput,
  now = new Date(),
): Promise<SubmittedRequirements> {
  const input = parseInput(ZSubmitRequirementsInput, raw);
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, input.orderId);
    if (!order) throw orderNotFound();
    requireRole(order, client.userId, "client", `${KEY}.onlyClient`);
    if (order.requirementsSubmittedAt !== null) throw new AppError("INVALID_STATE", `${KEY}.alreadySubmitted`);
    if (order.status !== "IN_PROGRESS") throw new AppError("INVALID_STATE", `${KEY}.notWaiting`, { params: { status: order.status } });
    await writeAnswers(tx, {
      orderId: order.id,
      clientId: client.userId,
      answers: input.answers,
      requireAll: true,
      now,
    });

    const dueAt = addDays(now, order.deliveryDays);
    await tx.order.update({ where: { id: order.id }, data: { requirementsSubmittedAt: now, dueAt } });
    const dedupeKey = `order:${order.id}:requirementsSubmitted`;
    await recordOrderEvent(tx, {
      order,
      kind: "requirementsSubmitted",
      data: { dueAt: dueAt.toISOString() },
      actorId: client.userId,
      at: now,
      dedupeKey,
    });
    await notify(tx, {
      userId: order.freelancerId,
      kind: "order.requirementsSubmitted",
      data: { orderId: order.id, orderNumber: order.number, title: order.title, dueAt: dueAt.toISOString() },
      link: orderHref(order.id),
      dedupeKey,
    });
    return { orderId: order.id, requirementsSubmittedAt: now, dueAt };
  });
}
