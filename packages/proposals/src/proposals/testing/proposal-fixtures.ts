import type { Db } from "@hunar/db/types";
import { createTestCategory, createTestUser } from "@hunar/db/testing/factories";

/** A client's open job with one SUBMITTED proposal by a freelancer, and a stranger to both. */
export async function createProposalWorld(db: Db) {
  const client = await createTestUser(db, "Sana Malik");
  const freelancer = await createTestUser(db, "Bilal Ahmed");
  const stranger = await createTestUser(db, "Kamran Ali");
  const categoryId = await createTestCategory(db);
  const job = await db.job.create({
    data: {
      clientId: client.userId,
      categoryId,
      titleEn: "Logo for a shop",
      descriptionEn: "A simple logo",
      budgetMinPaisa: 500_000,
      budgetMaxPaisa: 500_000,
      proposalCount: 1,
    },
    select: { id: true },
  });
  const proposal = await db.proposal.create({
    data: {
      jobId: job.id,
      freelancerId: freelancer.userId,
      coverLetter: "A letter long enough for the test fixture to be realistic.",
      bidPaisa: 500_000,
      deliveryDays: 7,
    },
    select: { id: true },
  });
  return { client, freelancer, stranger, jobId: job.id, proposalId: proposal.id };
}
