import { AppError } from "@hunar/core/app-error";
import type { Db, OrderStatus, Tx } from "@hunar/db/types";
import { STATEMENTS_KEY } from "./pakistan-time.ts";

export type InvoiceCopy = "CLIENT_INVOICE" | "FREELANCER_RECEIPT";

export interface OrderInvoice {
  /** The client's copy is an invoice for what they paid; the freelancer's a receipt of earnings. */
  copy: InvoiceCopy;
  order: {
    id: string;
    number: number;
    title: string;
    status: OrderStatus;
    createdAt: Date;
    fundedAt: Date | null;
    completedAt: Date | null;
  };
  client: { name: string; city: string | null };
  /** CNIC and NTN only on the freelancer's own copy; null everywhere else. */
  freelancer: { name: string; city: string | null; cnic: string | null; ntn: string | null };
  /** Paisa, as agreed on the order (its own fee snapshot). */
  amounts: {
    subtotalPaisa: number;
    clientFeePaisa: number;
    freelancerFeePaisa: number;
    /** What the client pays: subtotal + client fee. */
    totalPaisa: number;
    /** What the client has paid: the total once funded, otherwise 0. */
    totalPaidPaisa: number;
    /** What the freelancer receives: subtotal - freelancer fee. */
    freelancerNetPaisa: number;
  };
  rates: { freelancerFeeBps: number; clientFeeBps: number; minimumFeePaisa: number };
}

const notFound = () => new AppError("NOT_FOUND", `${STATEMENTS_KEY}.orderNotFound`);

/**
 * The invoice of one order, for its client, its freelancer or an admin; anyone else gets
 * NOT_FOUND (an order id reveals nothing). Admins see the client's copy unless they ask for the
 * freelancer's, and never the freelancer's tax identifiers.
 */
export async function getOrderInvoice(
  db: Db | Tx,
  viewer: { userId: string; isAdmin: boolean },
  orderId: string,
  options: { copy?: InvoiceCopy } = {},
): Promise<OrderInvoice> {
  if (typeof orderId !== "string" || orderId.length === 0 || orderId.length > 64) throw notFound();
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      number: true,
      title: true,
      status: true,
      createdAt: true,
      fundedAt: true,
      completedAt: true,
      clientId: true,
      freelancerId: true,
      subtotalPaisa: true,
      clientFeePaisa: true,
      freelancerFeePaisa: true,
      totalPaisa: true,
      freelancerFeeBps: true,
      clientFeeBps: true,
      minimumFeePaisa: true,
      client: { select: { displayName: true, profile: { select: { city: true } } } },
      freelancer: { select: { displayName: true, profile: { select: { city: true, cnic: true, ntn: true } } } },
    },
  });
  if (!order) throw notFound();
  const isClient = order.clientId === viewer.userId;
  const isFreelancer = order.freelancerId === viewer.userId;
  if (!isClient && !isFreelancer && !viewer.isAdmin) throw notFound();
  const copy: InvoiceCopy = isClient ? "CLIENT_INVOICE" : isFreelancer ? "FREELANCER_RECEIPT" : (options.copy ?? "CLIENT_INVOICE");
  const ownCopy = isFreelancer && copy === "FREELANCER_RECEIPT";
  return {
    copy,
    order: {
      id: order.id,
      number: order.number,
      title: order.title,
      status: order.status,
      createdAt: order.createdAt,
      fundedAt: order.fundedAt,
      completedAt: order.completedAt,
    },
    client: { name: order.client.displayName, city: order.client.profile?.city ?? null },
    freelancer: {
      name: order.freelancer.displayName,
      city: order.freelancer.profile?.city ?? null,
      cnic: ownCopy ? (order.freelancer.profile?.cnic ?? null) : null,
      ntn: ownCopy ? (order.freelancer.profile?.ntn ?? null) : null,
    },
    amounts: {
      subtotalPaisa: order.subtotalPaisa,
      clientFeePaisa: order.clientFeePaisa,
      freelancerFeePaisa: order.freelancerFeePaisa,
      totalPaisa: order.totalPaisa,
      totalPaidPaisa: order.fundedAt ? order.totalPaisa : 0,
      freelancerNetPaisa: order.subtotalPaisa - order.freelancerFeePaisa,
    },
    rates: { freelancerFeeBps: order.freelancerFeeBps, clientFeeBps: order.clientFeeBps, minimumFeePaisa: order.minimumFeePaisa },
  };
}
