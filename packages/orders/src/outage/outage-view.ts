export interface OutageView {
  id: string;
  reason: string;
  startedAt: Date;
  hours: number;
  /** How many orders' due dates or auto-complete times it moved. */
  ordersExtended: number;
  declaredBy: { userId: string; name: string };
  createdAt: Date;
}

export const OUTAGE_SELECT = {
  id: true,
  reason: true,
  startedAt: true,
  hours: true,
  ordersExtended: true,
  createdAt: true,
  declaredBy: { select: { id: true, displayName: true } },
} as const;

export function toOutageView(row: {
  id: string;
  reason: string;
  startedAt: Date;
  hours: number;
  ordersExtended: number;
  createdAt: Date;
  declaredBy: { id: string; displayName: string };
}): OutageView {
  const { declaredBy, ...outage } = row;
  return { ...outage, declaredBy: { userId: declaredBy.id, name: declaredBy.displayName } };
}
