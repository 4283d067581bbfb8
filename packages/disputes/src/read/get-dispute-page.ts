import type { Db, DisputeProposalStatus, DisputeReason, DisputeResolution, DisputeStatus, OrderStatus } from "@hunar/db/types";
import { addDays } from "@hunar/orders/order-link";
import { roleIn } from "@hunar/orders/order-role";
import { disputeNotFound } from "../dispute-errors.ts";
import { APPEAL_DAYS, UNDECIDED } from "../dispute-rules.ts";
import { respondentOf } from "../lock-dispute.ts";

export type DisputeViewerRole = "client" | "freelancer" | "admin";

const PERSON = { select: { id: true, displayName: true, handle: true } } as const;
const FILE = { select: { id: true, fileName: true, mimeType: true, byteSize: true }, orderBy: { createdAt: "asc" } } as const;

export interface DisputePage {
  viewer: { userId: string; role: DisputeViewerRole };
  dispute: {
    id: string;
    status: DisputeStatus;
    reason: DisputeReason;
    escrowPaisa: number;
    openedById: string;
    respondentId: string;
    createdAt: Date;
    answerDueAt: Date;
    answeredAt: Date | null;
    resolvedAt: Date | null;
    appealedById: string | null;
    appealedAt: Date | null;
    /** Until when a party may appeal (an admin's first decision, not yet appealed); null otherwise. */
    appealUntil: Date | null;
  };
  order: { id: string; number: number; title: string; status: OrderStatus; milestoneTitle: string | null };
  client: { id: string; displayName: string; handle: string | null };
  freelancer: { id: string; displayName: string; handle: string | null };
  posts: {
    id: string;
    authorId: string;
    authorName: string;
    statement: string;
    createdAt: Date;
    files: { id: string; fileName: string; mimeType: string; byteSize: number }[];
  }[];
  proposals: {
    id: string;
    proposerId: string;
    freelancerPaisa: number;
    clientPaisa: number;
    status: DisputeProposalStatus;
    createdAt: Date;
  }[];
  decisions: {
    round: number;
    deciderName: string | null;
    resolution: DisputeResolution;
    freelancerPaisa: number;
    clientPaisa: number;
    reason: string;
    createdAt: Date;
  }[];
  /** What this viewer may do now; the domain checks each again under the locks. */
  can: {
    post: boolean;
    propose: boolean;
    answerProposalId: string | null;
    withdrawProposalId: string | null;
    appeal: boolean;
    decide: boolean;
    decideAppeal: boolean;
  };
}

/**
 * Everything the dispute page shows, for its two parties and admins: the thread with evidence,
 * proposals, decisions, and what the viewer may do now. Anyone else is told it does not exist.
 */
export async function getDisputePage(db: Db, viewer: { userId: string }, disputeId: string, now = new Date()): Promise<DisputePage> {
  if (typeof disputeId !== "string" || disputeId.length === 0 || disputeId.length > 64) throw disputeNotFound();
  const row = await db.dispute.findUnique({
    where: { id: disputeId },
    select: {
      id: true,
      status: true,
      reason: true,
      escrowPaisa: true,
      openedById: true,
      createdAt: true,
      answerDueAt: true,
      answeredAt: true,
      resolvedAt: true,
      appealedById: true,
      appealedAt: true,
      milestone: { select: { title: true } },
      order: {
        select: {
          id: true,
          number: true,
          title: true,
          status: true,
          clientId: true,
          freelancerId: true,
          client: PERSON,
          freelancer: PERSON,
        },
      },
      evidence: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          authorId: true,
          statement: true,
          createdAt: true,
          author: { select: { displayName: true } },
          attachments: FILE,
        },
      },
      proposals: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, proposerId: true, freelancerPaisa: true, clientPaisa: true, status: true, createdAt: true },
      },
      decisions: {
        orderBy: { round: "asc" },
        select: {
          round: true,
          deciderId: true,
          resolution: true,
          freelancerPaisa: true,
          clientPaisa: true,
          reason: true,
          createdAt: true,
          decider: { select: { displayName: true } },
        },
      },
    },
  });
  if (!row) throw disputeNotFound();
  const { order } = row;
  const party = roleIn(order, viewer.userId);
  const isAdmin =
    party === null && (await db.user.findUnique({ where: { id: viewer.userId }, select: { isAdmin: true } }))?.isAdmin === true;
  if (!party && !isAdmin) throw disputeNotFound();
  const role: DisputeViewerRole = party ?? "admin";

  const undecided = (UNDECIDED as readonly string[]).includes(row.status);
  const first = row.decisions.find((d) => d.round === 1);
  const appealUntil =
    row.status === "RESOLVED" && !row.appealedAt && first?.deciderId && row.resolvedAt ? addDays(row.resolvedAt, APPEAL_DAYS) : null;
  const pending = row.proposals.find((p) => p.status === "PENDING") ?? null;
  const mayDecideNow = row.answeredAt !== null || row.answerDueAt <= now;
  return {
    viewer: { userId: viewer.userId, role },
    dispute: {
      id: row.id,
      status: row.status,
      reason: row.reason,
      escrowPaisa: row.escrowPaisa,
      openedById: row.openedById,
      respondentId: respondentOf(order, row),
      createdAt: row.createdAt,
      answerDueAt: row.answerDueAt,
      answeredAt: row.answeredAt,
      resolvedAt: row.resolvedAt,
      appealedById: row.appealedById,
      appealedAt: row.appealedAt,
      appealUntil,
    },
    order: { id: order.id, number: order.number, title: order.title, status: order.status, milestoneTitle: row.milestone?.title ?? null },
    client: order.client,
    freelancer: order.freelancer,
    posts: row.evidence.map((post) => ({
      id: post.id,
      authorId: post.authorId,
      authorName: post.author.displayName,
      statement: post.statement,
      createdAt: post.createdAt,
      files: post.attachments,
    })),
    proposals: row.proposals,
    decisions: row.decisions.map((d) => ({
      round: d.round,
      deciderName: d.decider?.displayName ?? null,
      resolution: d.resolution,
      freelancerPaisa: d.freelancerPaisa,
      clientPaisa: d.clientPaisa,
      reason: d.reason,
      createdAt: d.createdAt,
    })),
    can: {
      post: undecided || row.status === "APPEALED",
      propose: party !== null && undecided,
      answerProposalId: party !== null && undecided && pending && pending.proposerId !== viewer.userId ? pending.id : null,
      withdrawProposalId: party !== null && undecided && pending && pending.proposerId === viewer.userId ? pending.id : null,
      appeal: party !== null && appealUntil !== null && now <= appealUntil,
      decide: isAdmin && undecided && mayDecideNow,
      decideAppeal: isAdmin && row.status === "APPEALED" && first?.deciderId !== viewer.userId,
    },
  };
}

/** The dispute of an order, for the order page's link; null when there is none. */
export async function findOrderDispute(db: Db, orderId: string): Promise<{ id: string; status: DisputeStatus } | null> {
  return db.dispute.findFirst({ where: { orderId, status: { not: "WITHDRAWN" } }, select: { id: true, status: true } });
}
