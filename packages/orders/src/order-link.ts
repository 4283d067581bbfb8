/** The order page, where every notification and message about an order leads. */
export const orderHref = (orderId: string) => `/orders/${encodeURIComponent(orderId)}`;

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

export const addDays = (at: Date, days: number) => new Date(at.getTime() + days * DAY_MS);
export const addHours = (at: Date, hours: number) => new Date(at.getTime() + hours * HOUR_MS);
