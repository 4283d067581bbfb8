import type { NotificationData, NotificationKind } from "../../kinds.ts";

// One example of every kind's data; the mapped type makes a new kind fail to compile here until
// it has one, so the inbox's rendering test covers it.
export const KIND_SAMPLES: { [K in NotificationKind]: NotificationData<K> } = {
  "order.paid": {
    orderId: "o1",
    orderNumber: 1042,
    title: "Logo & brand kit",
    clientName: "Saad Rehman",
    subtotalPaisa: "500000",
    dueAt: "2026-12-04T10:00:00.000Z",
  },
  "order.cancelled": {
    orderId: "o1",
    orderNumber: 1042,
    title: "Logo design",
    cancelledAt: "2026-12-01T10:00:00.000Z",
    reason: "Client asked",
  },
  "order.requirementsSubmitted": { orderId: "o1", orderNumber: 1042, title: "Logo design", dueAt: "2026-12-04T10:00:00.000Z" },
  "order.delivered": {
    orderId: "o1",
    orderNumber: 1042,
    title: "Logo design",
    freelancerName: "Ayesha Khan",
    autoCompleteAt: "2026-12-07T10:00:00.000Z",
  },
  "order.revisionRequested": {
    orderId: "o1",
    orderNumber: 1042,
    title: "Logo design",
    clientName: "Saad Rehman",
    dueAt: "2026-12-06T10:00:00.000Z",
  },
  "order.completed": { orderId: "o1", orderNumber: 1042, title: "Logo design", netPaisa: "475000" },
  "order.autoCompleted": { orderId: "o1", orderNumber: 1042, title: "Logo design" },
  "order.autoCompleteSoon": { orderId: "o1", orderNumber: 1042, title: "Logo design", autoCompleteAt: "2026-12-07T10:00:00.000Z" },
  "order.extensionRequested": {
    orderId: "o1",
    orderNumber: 1042,
    title: "Logo design",
    freelancerName: "Ayesha Khan",
    days: 2,
    reason: "The fonts arrive late",
  },
  "order.extensionAnswered": { orderId: "o1", orderNumber: 1042, title: "Logo design", accepted: true, dueAt: "2026-12-08T10:00:00.000Z" },
  "order.cancellationRequested": {
    orderId: "o1",
    orderNumber: 1042,
    title: "Logo design",
    requesterName: "Saad Rehman",
    reason: "Plans changed",
  },
  "order.cancellationDeclined": { orderId: "o1", orderNumber: 1042, title: "Logo design" },
  "review.received": { orderId: "o1", orderNumber: 1042, title: "Logo design", authorName: "Saad Rehman", revealed: false },
  "job.invited": { jobId: "j1", title: "Logo for a clothes shop", clientName: "Saad Rehman" },
  "funding.confirmed": { fundingRequestId: "f1", amountPaisa: "1234550", orderFunded: true },
  "funding.rejected": { fundingRequestId: "f1", amountPaisa: "1000000", reason: "Not on statement" },
  "payout.paid": { payoutRequestId: "p1", amountPaisa: "2500000", rail: "IBAN", reference: "FT123456" },
  "payout.rejected": { payoutRequestId: "p1", amountPaisa: "2500000", reason: "Title does not match" },
};
