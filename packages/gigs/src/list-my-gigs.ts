import type { Db, GigStatus, Tx } from "@hunar/db/types";

export interface MyGig {
  id: string;
  slug: string;
  status: GigStatus;
  titleUr: string | null;
  titleEn: string | null;
  /** The admin's reason (REJECTED) or note (DRAFT after "request changes"). */
  rejectionReason: string | null;
  startingPricePaisa: number | null;
  viewCount: number;
  ordersCompleted: number;
  /** Orders under way: in progress, delivered or disputed. */
  activeOrders: number;
  /** An edit of this published gig is waiting for review. */
  pendingRevision: boolean;
  image: { storageKey: string; width: number; height: number; variantWidths: number[] } | null;
  updatedAt: Date;
}

const ACTIVE_ORDER_STATUSES = ["IN_PROGRESS", "DELIVERED", "DISPUTED"] as const;

/** Every gig of a freelancer, most recently changed first, with its status, views and orders. */
export async function listMyGigs(db: Db | Tx, userId: string): Promise<MyGig[]> {
  const gigs = await db.gig.findMany({
    where: { freelancerId: userId },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      slug: true,
      status: true,
      titleUr: true,
      titleEn: true,
      rejectionReason: true,
      startingPricePaisa: true,
      viewCount: true,
      ordersCompleted: true,
      updatedAt: true,
      images: { orderBy: { position: "asc" }, take: 1, select: { storageKey: true, width: true, height: true, variantWidths: true } },
    },
  });
  if (gigs.length === 0) return [];
  const ids = gigs.map((g) => g.id);
  const [active, pending] = await Promise.all([
    db.order.groupBy({
      by: ["gigId"],
      where: { gigId: { in: ids }, status: { in: [...ACTIVE_ORDER_STATUSES] } },
      _count: { _all: true },
    }),
    db.gigRevision.findMany({ where: { gigId: { in: ids }, status: "PENDING_REVIEW" }, select: { gigId: true } }),
  ]);
  const activeByGig = new Map(active.map((row) => [row.gigId, row._count._all]));
  const pendingGigs = new Set(pending.map((row) => row.gigId));
  return gigs.map(({ images, ...gig }) => ({
    ...gig,
    activeOrders: activeByGig.get(gig.id) ?? 0,
    pendingRevision: pendingGigs.has(gig.id),
    image: images[0] ?? null,
  }));
}
