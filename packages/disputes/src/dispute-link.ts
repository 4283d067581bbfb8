/** The dispute's page, for both parties and admins (an admin decides from /admin/disputes/:id). */
export const disputeHref = (disputeId: string) => `/disputes/${encodeURIComponent(disputeId)}`;
export const adminDisputeHref = (disputeId: string) => `/admin/disputes/${encodeURIComponent(disputeId)}`;
