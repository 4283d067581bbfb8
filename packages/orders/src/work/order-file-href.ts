/**
 * Where an order's parties (and admins) download a delivered file. The server finds the file by
 * the order and the id alone and checks both; the browser gets the name from the response.
 */
export const orderFileHref = (orderId: string, attachmentId: string) =>
  `/orders/${encodeURIComponent(orderId)}/files/${encodeURIComponent(attachmentId)}`;
