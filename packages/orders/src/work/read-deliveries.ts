import type { Db, Tx } from "@hunar/db/types";
import { DELIVERY_FILE_SELECT, type DeliveryFile } from "./delivery-files.ts";

interface Person {
  id: string;
  displayName: string;
}

export interface DeliveryView {
  id: string;
  /** The contract milestone this delivery is for; null for an order without milestones. */
  milestoneId: string | null;
  message: string;
  createdAt: Date;
  sender: Person;
  files: DeliveryFile[];
  /** What the client asked to change in this delivery, oldest first. */
  revisionRequests: { id: string; message: string; createdAt: Date; requester: Person }[];
}

const PERSON = { select: { id: true, displayName: true } } as const;

/**
 * An order's deliveries for its page, newest first, each with its files and the revision
 * requests that answered it. The caller has already decided the viewer may see the order.
 */
export function readOrderDeliveries(db: Db | Tx, orderId: string): Promise<DeliveryView[]> {
  return db.delivery
    .findMany({
      where: { orderId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        milestoneId: true,
        message: true,
        createdAt: true,
        sender: PERSON,
        attachments: { select: DELIVERY_FILE_SELECT, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
        revisionRequests: {
          select: { id: true, message: true, createdAt: true, requester: PERSON },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        },
      },
    })
    .then((rows) => rows.map(({ attachments, ...delivery }) => ({ ...delivery, files: attachments })));
}
