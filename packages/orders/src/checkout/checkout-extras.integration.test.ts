import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { calculateFees } from "@hunar/payments/fees/calculate-fees";
import { beforeAll, describe, expect, it } from "vitest";
import { addGigExtras, type CheckoutWorld, createCheckoutWorld, createTestGig, GIG_PRICES } from "./checkout-fixtures.ts";
import { getCheckoutOrder } from "./get-checkout-order.ts";
import { placeGigOrder } from "./place-gig-order.ts";
import { quoteGigOrder } from "./quote-gig-order.ts";

const RATES = { freelancerFeeBps: 500, clientFeeBps: 200, minimumFeePaisa: 0 };

describe.each(testDbKinds())("extras at checkout on %s", (kind) => {
  const t = useTestDb(kind);
  let w: CheckoutWorld;
  let express: string;
  let sourceFiles: string;

  beforeAll(async () => {
    w = await createCheckoutWorld(t.db);
    [express, sourceFiles] = (await addGigExtras(t.db, w.gigId, [
      { titleEn: "Express delivery", pricePaisa: 200_000, extraDays: 0 },
      { titleEn: "Source files", titleUr: "اصل فائلیں", pricePaisa: 150_075, extraDays: 2 },
    ])) as [string, string];
  });

  it("adds the chosen extras to the subtotal, takes the fees on it and adds their days", async () => {
    const plain = await quoteGigOrder(t.db, { gigId: w.gigId, tier: "STANDARD" });
    expect(plain).toMatchObject({ chosenExtras: [], deliveryDays: 5 });
    expect(plain.extras.map((e) => e.id)).toEqual([express, sourceFiles]);

    const quote = await quoteGigOrder(t.db, { gigId: w.gigId, tier: "STANDARD", extraIds: [sourceFiles, express] });
    // Rs 12,500.50 + Rs 2,000 + Rs 1,500.75 = Rs 16,001.25; 2% of it is Rs 320.025, Rs 320.03 half up.
    expect(quote.fees).toEqual(calculateFees(GIG_PRICES.STANDARD + 200_000 + 150_075, RATES));
    expect(quote.fees).toMatchObject({
      subtotalPaisa: 1_600_125,
      clientFeePaisa: 32_003,
      totalPaisa: 1_632_128,
      freelancerFeePaisa: 80_006,
    });
    expect(quote.deliveryDays).toBe(7);
    expect(quote.chosenExtras.map((e) => e.titleEn)).toEqual(["Express delivery", "Source files"]);
    // The same id twice is one extra.
    const twice = await quoteGigOrder(t.db, { gigId: w.gigId, tier: "STANDARD", extraIds: [express, express] });
    expect(twice.fees.subtotalPaisa).toBe(GIG_PRICES.STANDARD + 200_000);
  });

  it("stores the quoted numbers on the order and records which extras were bought", async () => {
    const quote = await quoteGigOrder(t.db, { gigId: w.gigId, tier: "BASIC", extraIds: [sourceFiles] });
    const placed = await placeGigOrder(t.db, w.client, { gigId: w.gigId, tier: "BASIC", extraIds: [sourceFiles] });
    const order = await t.db.order.findUniqueOrThrow({ where: { id: placed.id }, include: { extras: true } });
    expect(order).toMatchObject({
      subtotalPaisa: GIG_PRICES.BASIC + 150_075,
      clientFeePaisa: quote.fees.clientFeePaisa,
      freelancerFeePaisa: quote.fees.freelancerFeePaisa,
      totalPaisa: quote.fees.totalPaisa,
      deliveryDays: 3 + 2,
    });
    expect(
      order.extras.map(({ gigExtraId, titleUr, titleEn, pricePaisa, extraDays }) => ({
        gigExtraId,
        titleUr,
        titleEn,
        pricePaisa,
        extraDays,
      })),
    ).toEqual([{ gigExtraId: sourceFiles, titleUr: "اصل فائلیں", titleEn: "Source files", pricePaisa: 150_075, extraDays: 2 }]);
    // Editing the gig's extra later changes nothing the order bought, and the page that takes
    // the payment later lists what was bought.
    await t.db.gigExtra.update({ where: { id: sourceFiles }, data: { pricePaisa: 999_900, titleEn: "Renamed", titleUr: "نیا نام" } });
    expect(await t.db.orderExtra.findFirstOrThrow({ where: { orderId: placed.id } })).toMatchObject({
      titleEn: "Source files",
      titleUr: "اصل فائلیں",
      pricePaisa: 150_075,
    });
    expect((await getCheckoutOrder(t.db, w.client.userId, placed.id)).extras).toMatchObject([
      { titleEn: "Source files", titleUr: "اصل فائلیں", pricePaisa: 150_075, extraDays: 2 },
    ]);
    await t.db.gigExtra.update({
      where: { id: sourceFiles },
      data: { pricePaisa: 150_075, titleEn: "Source files", titleUr: "اصل فائلیں" },
    });
  });

  it("refuses an extra of another gig or an unknown id, and places nothing", async () => {
    const otherGig = await createTestGig(t.db, w);
    const [foreign] = await addGigExtras(t.db, otherGig, [{ titleEn: "Someone else's extra", pricePaisa: 100 }]);
    const before = { orders: await t.db.order.count(), extras: await t.db.orderExtra.count() };
    const refused = { code: "BAD_INPUT", fields: { extraIds: { key: "payments:errors.checkout.extraUnavailable" } } };
    for (const extraIds of [[foreign ?? ""], [express, "no-such-extra"], [""], "x" as never, Array.from({ length: 11 }, () => express)]) {
      await expect(quoteGigOrder(t.db, { gigId: w.gigId, tier: "BASIC", extraIds })).rejects.toMatchObject({ code: "BAD_INPUT" });
      await expect(placeGigOrder(t.db, w.client, { gigId: w.gigId, tier: "BASIC", extraIds })).rejects.toMatchObject({ code: "BAD_INPUT" });
    }
    await expect(placeGigOrder(t.db, w.client, { gigId: w.gigId, tier: "BASIC", extraIds: [foreign ?? ""] })).rejects.toMatchObject(
      refused,
    );
    expect({ orders: await t.db.order.count(), extras: await t.db.orderExtra.count() }).toEqual(before);
  });

  it("refuses extras that would take the total past what an order can hold", async () => {
    const gigId = await createTestGig(t.db, w, { tiers: ["BASIC"], prices: { BASIC: 1_000_000_000 } });
    const [big] = await addGigExtras(t.db, gigId, [{ titleEn: "Huge extra", pricePaisa: 1_000_000_000 }]);
    const before = await t.db.order.count();
    await expect(placeGigOrder(t.db, w.client, { gigId, tier: "BASIC", extraIds: [big ?? ""] })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { extraIds: { key: "payments:errors.checkout.orderTooLarge" } },
    });
    expect(await t.db.order.count()).toBe(before);
  });
});
