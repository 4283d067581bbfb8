/**
 * Where an order's parties download a file the client attached to an answer. The name is for
 * the browser's download name; the server finds the file by the order and the id alone.
 */
export const requirementFileHref = (orderId: string, file: { id: string; fileName: string }) =>
  `/orders/${encodeURIComponent(orderId)}/requirements/files/${encodeURIComponent(file.id)}/${encodeURIComponent(file.fileName)}`;
