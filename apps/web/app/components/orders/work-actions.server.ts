import { isAppError } from "@hunar/core/app-error";
import { endContract } from "@hunar/orders/milestones/end-contract";
import { acceptDelivery } from "@hunar/orders/work/accept-delivery";
import { deliveryFileStorage } from "@hunar/orders/work/default-storage";
import { checkMayDeliver, deliverOrder } from "@hunar/orders/work/deliver-order";
import { DELIVERY_FILES_FIELD, deliveryFileError } from "@hunar/orders/work/delivery-file-errors";
import { MAX_DELIVERY_FILE_BYTES, MAX_DELIVERY_FILES, MAX_DELIVERY_TOTAL_BYTES } from "@hunar/orders/work/delivery-file-limits";
import { discardDeliveryFiles } from "@hunar/orders/work/discard-delivery-files";
import { requestRevision as requestRevisionInDomain } from "@hunar/orders/work/request-revision";
import { deliveryFileTooLarge, storeDeliveryFile } from "@hunar/orders/work/store-delivery-file";
import { redirect } from "react-router";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { textField } from "#app/utils/form-data.ts";
import { readMultipartForm } from "#app/utils/read-multipart-form.server.ts";
import { orderDoneHref, type OrderActionArgs, type OrderActionHandler } from "./order-action.server.ts";

/** A file stored by an attempt that was then refused, kept so a slow connection need not send it again. */
export interface KeptDeliveryFile {
  id: string;
  fileName: string;
}

/**
 * Kept files come back as checkboxes named `keptFile` whose value is `<id>/<file name>` (ids have
 * no slash); unticking one leaves it out of the delivery.
 */
function keptFilesOf(form: FormData): KeptDeliveryFile[] {
  return form.getAll("keptFile").flatMap((value) => {
    if (typeof value !== "string") return [];
    const slash = value.indexOf("/");
    if (slash <= 0) return [];
    return [{ id: value.slice(0, slash), fileName: value.slice(slash + 1) }];
  });
}

function readDeliverForm(request: Request) {
  return readMultipartForm(request, {
    fileField: DELIVERY_FILES_FIELD,
    maxFiles: MAX_DELIVERY_FILES,
    maxFileBytes: MAX_DELIVERY_FILE_BYTES,
    maxTotalBytes: MAX_DELIVERY_TOTAL_BYTES,
    refuse: {
      tooLarge: deliveryFileTooLarge,
      tooMany: () => deliveryFileError("tooMany", { max: MAX_DELIVERY_FILES }),
      unreadable: () => deliveryFileError("unreadableForm"),
    },
  });
}

/**
 * `?intent=deliver` (multipart): the freelancer's message and files. Whether they may deliver is
 * asked before the body is read, so nobody else's post stores a file. Each file is checked and
 * stored, then the domain delivers them all in one transaction. Refused input comes back with the
 * message and the files stored so far; a delivery refused for good (the order moved on) drops them.
 * When the browser goes away (the request's signal aborts), the image work stops at its next check
 * and the files this post stored are dropped: nobody will see their ids.
 */
async function deliver({ request, context, orderId, user }: OrderActionArgs) {
  const intent = "deliver" as const;
  const actor = { userId: user.id };
  const storage = deliveryFileStorage();
  const values = { message: "", files: [] as KeptDeliveryFile[] };
  const storedNow: string[] = [];
  try {
    await checkMayDeliver(context.db, actor, orderId);
    const { form, files } = await readDeliverForm(request);
    values.message = textField(form, "message");
    values.files = keptFilesOf(form);
    for (const file of files) {
      const stored = await storeDeliveryFile(context.db, storage, actor, {
        fileName: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
        signal: request.signal,
      });
      storedNow.push(stored.id);
      values.files.push({ id: stored.id, fileName: stored.fileName });
    }
    await deliverOrder(context.db, actor, { orderId, message: values.message, attachmentIds: values.files.map((file) => file.id) });
  } catch (error) {
    if (request.signal.aborted && !isAppError(error)) {
      await discardDeliveryFiles(context.db, storage, user.id, storedNow);
      throw error;
    }
    if (isAppError(error) && error.code !== "BAD_INPUT") {
      await discardDeliveryFiles(
        context.db,
        storage,
        user.id,
        values.files.map((file) => file.id),
      );
      values.files = [];
    }
    return formErrorResponse(error, { intent, values });
  }
  throw redirect(orderDoneHref(orderId, intent));
}

/** `?intent=requestRevision`: the client sends the delivery back with what to change. */
async function requestRevision({ request, context, orderId, user }: OrderActionArgs) {
  const intent = "requestRevision" as const;
  const form = await request.formData();
  const values = { reason: textField(form, "reason") };
  try {
    await requestRevisionInDomain(context.db, { userId: user.id }, { orderId, reason: values.reason });
  } catch (error) {
    return formErrorResponse(error, { intent, values });
  }
  throw redirect(orderDoneHref(orderId, intent));
}

/**
 * `?intent=accept`: the client accepts the delivery and its escrow is released; the order
 * completes, or, for a contract's milestone before the last, waits for the next one's payment.
 */
async function accept({ context, orderId, user }: OrderActionArgs) {
  const intent = "accept" as const;
  let accepted;
  try {
    accepted = await acceptDelivery(context.db, { userId: user.id }, orderId);
  } catch (error) {
    return formErrorResponse(error, { intent, values: {} });
  }
  throw redirect(orderDoneHref(orderId, "milestoneId" in accepted ? "acceptMilestone" : intent));
}

/** `?intent=endContract`: the client ends a contract between milestones; nothing is held, so nothing moves. */
async function endContractAction({ context, orderId, user }: OrderActionArgs) {
  const intent = "endContract" as const;
  try {
    await endContract(context.db, { userId: user.id }, orderId);
  } catch (error) {
    return formErrorResponse(error, { intent, values: {} });
  }
  throw redirect(orderDoneHref(orderId, intent));
}

/** The order page's work actions: delivering, asking for a revision, accepting, ending a contract. */
export const WORK_ACTIONS = { deliver, requestRevision, accept, endContract: endContractAction } satisfies Record<
  string,
  OrderActionHandler
>;
