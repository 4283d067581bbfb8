import type { Tx } from "@hunar/db/types";

/**
 * How many of the order's required questions have neither a written answer nor a file. The
 * work (and the delivery clock) starts once this is zero.
 */
export async function countMissingAnswers(tx: Tx, orderId: string): Promise<number> {
  return tx.orderRequirement.count({ where: { orderId, required: true, answer: null, attachments: { none: {} } } });
}
