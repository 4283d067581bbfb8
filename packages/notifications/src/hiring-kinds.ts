import { z } from "zod";
import { defineKind, money, REASON_LINE, ZId, ZPaisa, ZReason, ZTitle } from "./kind-definition.ts";

const ZName = z.string().min(1).max(100);

/** Jobs, proposals and custom offers: who hears what while a client hires. */
export const HIRING_KINDS = {
  /** To the freelancer: a client invited them to propose on a job (the only way onto an invite-only one). */
  "job.invited": defineKind({
    data: z.object({ jobId: ZId, title: ZTitle, clientName: ZName }),
    email: true,
    label: "notifications:kinds.job.invited.label",
    subject: "notifications:kinds.job.invited.subject",
    body: "notifications:kinds.job.invited.body",
    params: (d) => ({ title: d.title, client: d.clientName }),
  }),
  /** To the other proposers: the client hired someone else, so the job takes no more proposals. */
  "job.filled": defineKind({
    data: z.object({ jobId: ZId, title: ZTitle }),
    email: true,
    label: "notifications:kinds.job.filled.label",
    subject: "notifications:kinds.job.filled.subject",
    body: "notifications:kinds.job.filled.body",
    params: (d) => ({ title: d.title }),
  }),
  /** To the client: a freelancer proposed on their job. */
  "proposal.received": defineKind({
    data: z.object({ jobId: ZId, proposalId: ZId, title: ZTitle, freelancerName: ZName, bidPaisa: ZPaisa }),
    email: true,
    label: "notifications:kinds.proposal.received.label",
    subject: "notifications:kinds.proposal.received.subject",
    body: "notifications:kinds.proposal.received.body",
    params: (d, { locale }) => ({ title: d.title, freelancer: d.freelancerName, amount: money(d.bidPaisa, locale) }),
  }),
  /** To the freelancer: the client declined their proposal, with the reason when they gave one. */
  "proposal.declined": defineKind({
    data: z.object({ jobId: ZId, proposalId: ZId, title: ZTitle, reason: ZReason.nullable() }),
    email: true,
    label: "notifications:kinds.proposal.declined.label",
    subject: "notifications:kinds.proposal.declined.subject",
    body: "notifications:kinds.proposal.declined.body",
    more: (d) => (d.reason ? [REASON_LINE] : []),
    params: (d) => ({ title: d.title, reason: d.reason ?? "" }),
  }),
  /** To the freelancer: the client accepted their proposal; the contract waits for the client's payment. */
  "proposal.accepted": defineKind({
    data: z.object({ jobId: ZId, proposalId: ZId, orderId: ZId, title: ZTitle, clientName: ZName }),
    email: true,
    label: "notifications:kinds.proposal.accepted.label",
    subject: "notifications:kinds.proposal.accepted.subject",
    body: "notifications:kinds.proposal.accepted.body",
    params: (d) => ({ title: d.title, client: d.clientName }),
  }),
  /** To the client: a freelancer sent them a custom offer in a conversation (the card there accepts it). */
  "offer.received": defineKind({
    data: z.object({ offerId: ZId, conversationId: ZId, title: ZTitle, freelancerName: ZName, pricePaisa: ZPaisa }),
    email: true,
    label: "notifications:kinds.offer.received.label",
    subject: "notifications:kinds.offer.received.subject",
    body: "notifications:kinds.offer.received.body",
    params: (d, { locale }) => ({ title: d.title, freelancer: d.freelancerName, amount: money(d.pricePaisa, locale) }),
  }),
  /** To the freelancer: a client asked for a custom offer on one of their gigs, in the conversation about it. */
  "offer.requested": defineKind({
    data: z.object({ conversationId: ZId, gigId: ZId, title: ZTitle, clientName: ZName }),
    email: true,
    label: "notifications:kinds.offer.requested.label",
    subject: "notifications:kinds.offer.requested.subject",
    body: "notifications:kinds.offer.requested.body",
    params: (d) => ({ title: d.title, client: d.clientName }),
  }),
  /** To the freelancer: the client accepted their offer; the order waits for the client's payment. */
  "offer.accepted": defineKind({
    data: z.object({ offerId: ZId, orderId: ZId, title: ZTitle, clientName: ZName }),
    email: true,
    label: "notifications:kinds.offer.accepted.label",
    subject: "notifications:kinds.offer.accepted.subject",
    body: "notifications:kinds.offer.accepted.body",
    params: (d) => ({ title: d.title, client: d.clientName }),
  }),
  /** To the freelancer: the client declined their offer. */
  "offer.declined": defineKind({
    data: z.object({ offerId: ZId, title: ZTitle }),
    email: true,
    label: "notifications:kinds.offer.declined.label",
    subject: "notifications:kinds.offer.declined.subject",
    body: "notifications:kinds.offer.declined.body",
    params: (d) => ({ title: d.title }),
  }),
} as const;
