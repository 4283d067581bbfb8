import { AppError } from "@hunar/core/app-error";
import type { Db, MilestoneStatus, OrderStatus, Tx } from "@hunar/db/types";
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
    /**
     * What the client has paid: for an order, the total once funded, otherwise 0; for a contract,
     * each funded milestone with its client fee share (a contract is paid a milestone at a time).
     */
    totalPaidPaisa: number;
    /** What the freelancer receives: subtotal - freelancer fee. */
    freelancerNetPaisa: number;
  };
  rates: { freelancerFeeBps: number; clientFeeBps: number; minimumFeePaisa: number };
  /** A contract's milestones in order; empty for an order without milestones. */
  milestones: InvoiceMilestone[];
}

export interface InvoiceMilestone {
  position: number;
  title: string;
  amountPaisa: number;
  clientFeePaisa: number;
  status: MilestoneStatus;
  funded: boolean;
  fundedAt: Date | null;
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
      milestones: {
        orderBy: { position: "asc" },
        select: { position: true, title: true, amountPaisa: true, clientFeePaisa: true, status: true, fundedAt: true },
      },
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
      totalPaidPaisa: paidPaisa(order),
      freelancerNetPaisa: order.subtotalPaisa - order.freelancerFeePaisa,
    },
    rates: { freelancerFeeBps: order.freelancerFeeBps, clientFeeBps: order.clientFeeBps, minimumFeePaisa: order.minimumFeePaisa },
    milestones: order.milestones.map((m) => ({ ...m, funded: m.fundedAt !== null })),
  };
}

/**
 * A contract's Order.fundedAt is set by its first milestone, so it cannot say how much was paid:
 * only the milestones funded so far (fundedAt stays set after acceptance) were charged.
 */
function paidPaisa(order: {
  fundedAt: Date | null;
  totalPaisa: number;
  milestones: { amountPaisa: number; clientFeePaisa: number; fundedAt: Date | null }[];
}) {
  if (order.milestones.length === 0) return order.fundedAt ? order.totalPaisa : 0;
  return order.milestones.reduce((sum, m) => (m.fundedAt ? sum + m.amountPaisa + m.clientFeePaisa : sum), 0);
}
