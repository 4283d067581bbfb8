import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { createContractOrder } from "@hunar/orders/testing/contract-fixtures";
import { createOrderWorld } from "@hunar/orders/testing/order-fixtures";
import { deliverOrder } from "@hunar/orders/work/deliver-order";
import { creditWallet } from "@hunar/payments/testing/payment-fixtures";
import { describe, expect, it } from "vitest";
import { formPost, get, settle, testContext } from "#app/test/action-context.ts";
import { sessionCookie } from "#app/test/gig-requests.ts";
import { action as payAction, loader as payLoader } from "./order-pay.tsx";
import { action as orderAction, loader as orderLoader } from "./order.tsx";

describe.each(testDbKinds())("a milestone contract's order and pay pages on %s", (kind) => {
  const t = useTestDb(kind);

  it("pays, delivers and accepts one milestone at a time, then the client ends the contract between milestones", async () => {
    const world = await createOrderWorld(t.db);
    const contract = await createContractOrder(t.db, world);
    const [first, second] = contract.milestones;
    const { context } = testContext(t.db);
    const client = await sessionCookie(t.db, contract.clientId);
    const freelancer = await sessionCookie(t.db, contract.freelancerId);
    const params = { orderId: contract.id };
    const payPage = () => settle(() => payLoader({ request: get(`/orders/${contract.id}/pay`, client), context, params } as never));
    const orderPage = (cookie: string) =>
      settle(() => orderLoader({ request: get(`/orders/${contract.id}`, cookie), context, params } as never));
    const post = (intent: string) =>
      settle(() =>
        orderAction({ request: formPost(`/orders/${contract.id}?intent=${intent}`, {}, { cookie: client }), context, params } as never),
      );

    const due = first!.amountPaisa + first!.clientFeePaisa;
    expect(await payPage()).toMatchObject({
      body: { order: { amountDuePaisa: BigInt(due), dueMilestone: { position: 1 }, milestoneCount: 2 } },
    });
    await creditWallet(t.db, contract.clientId, BigInt(due));
    const paid = await settle(() =>
      payAction({ request: formPost(`/orders/${contract.id}/pay`, { method: "wallet" }, { cookie: client }), context, params } as never),
    );
    expect(paid).toMatchObject({ status: 302 });
    expect(await orderPage(freelancer)).toMatchObject({
      body: {
        order: { status: "IN_PROGRESS" },
        milestones: { currentId: first!.id, items: [{ status: "FUNDED" }, { status: "PENDING" }] },
      },
    });

    await deliverOrder(
      t.db,
      { userId: contract.freelancerId },
      { orderId: contract.id, message: "The designs are attached.", attachmentIds: [] },
    );
    expect(await post("accept")).toMatchObject({ status: 302, location: `/orders/${contract.id}?done=acceptMilestone` });
    expect(await orderPage(client)).toMatchObject({
      body: {
        order: { status: "PENDING_PAYMENT" },
        milestones: { nextId: second!.id, items: [{ status: "APPROVED" }, { status: "PENDING" }] },
      },
    });
    expect(await payPage()).toMatchObject({ body: { order: { dueMilestone: { position: 2 } } } });

    expect(await post("endContract")).toMatchObject({ status: 302, location: `/orders/${contract.id}?done=endContract` });
    expect(await orderPage(client)).toMatchObject({
      body: { order: { status: "CANCELLED" }, milestones: { items: [{ status: "APPROVED" }, { status: "CANCELLED" }] } },
    });
  });
});
