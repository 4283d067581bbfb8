import { testDbKinds } from "@hunar/db/testing";
import { createTestFreelancer } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { loadSellerCard } from "./seller-card.ts";

describe.each(testDbKinds())("the seller card on %s", (kind) => {
  const t = useTestDb(kind);

  it("shows only the first name and no photo or headline when the seller asked for that", async () => {
    const seller = await createTestFreelancer(t.db, "Zainab Noor Malik", { profile: { city: "Multan" } });
    await t.db.profile.update({
      where: { userId: seller.userId },
      data: { headlineUr: "سوشل میڈیا پوسٹ ڈیزائنر", avatarKey: "a".repeat(32), showFirstNameOnly: true },
    });
    expect(await loadSellerCard(t.db, seller.userId)).toMatchObject({
      displayName: "Zainab",
      headlineUr: null,
      avatarKey: null,
      city: "Multan",
    });
    await t.db.profile.update({ where: { userId: seller.userId }, data: { showFirstNameOnly: false } });
    expect(await loadSellerCard(t.db, seller.userId)).toMatchObject({
      displayName: "Zainab Noor Malik",
      headlineUr: "سوشل میڈیا پوسٹ ڈیزائنر",
    });
  });
});
