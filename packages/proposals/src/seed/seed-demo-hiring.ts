import { ensureConversation } from "@hunar/chat/ensure-conversation";
import { DEMO_LOGINS } from "@hunar/db/seed";
import type { Db } from "@hunar/db/types";
import { sendOffer } from "../offers/send-offer.ts";
import { submitProposal } from "../proposals/submit-proposal.ts";

/** The demo job the demo freelancer proposes on (seed-jobs.ts gives it this stable id). */
export const DEMO_PROPOSAL_JOB_ID = "seed-job-restaurant-website";

export interface SeedDemoHiringResult {
  proposals: number;
  offers: number;
  skipped: boolean;
}

/**
 * Hiring in the demo marketplace, made by the real functions: the demo freelancer's proposal,
 * with two milestones, on the demo client's restaurant website job (so the client has proposals
 * to weigh), and a custom offer from her in their conversation (so the chat shows an offer's
 * card). Idempotent: each is made only when it is not there; skipped without the demo people.
 */
export async function seedDemoHiring(db: Db, now = new Date()): Promise<SeedDemoHiringResult> {
  const [freelancer, client] = await Promise.all(
    [DEMO_LOGINS.freelancer, DEMO_LOGINS.client].map((email) => db.user.findUnique({ where: { email }, select: { id: true } })),
  );
  const job = await db.job.findUnique({ where: { id: DEMO_PROPOSAL_JOB_ID }, select: { id: true, status: true } });
  if (!freelancer || !client || !job) return { proposals: 0, offers: 0, skipped: true };
  const actor = { userId: freelancer.id };
  let proposals = 0;
  let offers = 0;
  if (
    job.status === "OPEN" &&
    !(await db.proposal.findFirst({ where: { jobId: job.id, freelancerId: freelancer.id }, select: { id: true } }))
  ) {
    await submitProposal(db, actor, {
      jobId: job.id,
      coverLetter:
        "السلام علیکم! میں نے لاہور کے تین ریستورانوں کی ویب سائٹیں بنائی ہیں، اردو اور انگریزی دونوں میں، واٹس ایپ آرڈر کے بٹن کے ساتھ۔ پہلے ڈیزائن دکھاؤں گی، پھر مکمل سائٹ۔",
      priceRupees: 40_000,
      deliveryDays: 14,
      milestones: [
        { title: "ڈیزائن اور مینو کا صفحہ", amountRupees: 15_000, dueDays: 5 },
        { title: "مکمل ویب سائٹ اور آن لائن آرڈر", amountRupees: 25_000, dueDays: 14 },
      ],
    });
    proposals += 1;
  }
  if (!(await db.offer.findFirst({ where: { senderId: freelancer.id, clientId: client.id }, select: { id: true } }))) {
    const conversationId = await db.$transaction((tx) => ensureConversation(tx, client.id, freelancer.id));
    await sendOffer(
      db,
      actor,
      {
        conversationId,
        title: "Logo and visiting card for the restaurant",
        description: "A logo in Urdu and English with a matching visiting card, print-ready files and two rounds of changes.",
        priceRupees: 12_000,
        deliveryDays: 6,
        revisions: 2,
        expiresInDays: 30,
      },
      now,
    );
    offers += 1;
  }
  // What they told the client is old news in a demo: read, and never e-mailed (demo addresses
  // are not real, and a fresh demo must not mail anyone at start), as the demo orders do it.
  await db.notification.updateMany({
    where: { userId: client.id, kind: { in: ["proposal.received", "offer.received"] }, readAt: null },
    data: { readAt: now, deliveredAt: now, emailStatus: "SKIPPED" },
  });
  return { proposals, offers, skipped: false };
}
