import { readAdminUserAccount, type UserPageInput } from "@hunar/auth/admin-user-account";
import type { UsersAdmin } from "@hunar/auth/admin-users";
import type { Db, Prisma } from "@hunar/db/types";
import { listMyGigs } from "@hunar/gigs/list-my-gigs";
import { listMyPayouts } from "@hunar/payments/payouts/list-my-payouts";

/** Each list on the admin's user page shows at most this many, newest first, and says how many there are. */
export const ADMIN_USER_LIST_CAP = 20;

const ORDER_ROW = {
  id: true,
  number: true,
  title: true,
  status: true,
  totalPaisa: true,
  createdAt: true,
} as const satisfies Prisma.OrderSelect;

const REPORT_ROW = {
  id: true,
  targetType: true,
  targetId: true,
  reason: true,
  details: true,
  status: true,
  createdAt: true,
} as const satisfies Prisma.ReportSelect;

/**
 * Everything an admin needs before deciding about an account, on one page: the account (from auth,
 * which also checks the admin's role in the database), orders on both sides, gigs, reports about
 * the person or their gigs and the ones they made, payouts and open sessions. It lives here
 * because orders is the lowest floor above auth, gigs and payments, so it may call each of them;
 * it reads and decides nothing. Reports have no single owner (gigs and chat both write them), so
 * their rows are read directly.
 */
export async function getAdminUserPage(db: Db, admin: UsersAdmin, raw: UserPageInput, now = new Date()) {
  const { account, cnic, sessions, sessionCount } = await readAdminUserAccount(db, admin, raw, now);
  const userId = account.id;
  const newest = { orderBy: [{ createdAt: "desc" as const }, { id: "desc" as const }], take: ADMIN_USER_LIST_CAP };
  const [asClient, clientOrders, asFreelancer, freelancerOrders, gigs, payouts, payoutCount] = await Promise.all([
    db.order.findMany({
      where: { clientId: userId },
      ...newest,
      select: { ...ORDER_ROW, freelancer: { select: { id: true, displayName: true } } },
    }),
    db.order.count({ where: { clientId: userId } }),
    db.order.findMany({
      where: { freelancerId: userId },
      ...newest,
      select: { ...ORDER_ROW, client: { select: { id: true, displayName: true } } },
    }),
    db.order.count({ where: { freelancerId: userId } }),
    listMyGigs(db, userId),
    listMyPayouts(db, userId, { limit: ADMIN_USER_LIST_CAP }),
    db.payoutRequest.count({ where: { userId } }),
  ]);
  const about: Prisma.ReportWhereInput = {
    OR: [
      { targetType: "USER", targetId: userId },
      ...(gigs.length > 0 ? [{ targetType: "GIG" as const, targetId: { in: gigs.map((gig) => gig.id) } }] : []),
    ],
  };
  const [reportsAbout, reportsAboutCount, reportsMade, reportsMadeCount] = await Promise.all([
    db.report.findMany({ where: about, ...newest, select: { ...REPORT_ROW, reporter: { select: { id: true, displayName: true } } } }),
    db.report.count({ where: about }),
    db.report.findMany({ where: { reporterId: userId }, ...newest, select: REPORT_ROW }),
    db.report.count({ where: { reporterId: userId } }),
  ]);
  const gigRows = gigs.slice(0, ADMIN_USER_LIST_CAP).map(({ id, slug, status, titleUr, titleEn, updatedAt }) => ({
    id,
    slug,
    status,
    titleUr,
    titleEn,
    updatedAt,
  }));
  return {
    account,
    cnic,
    cap: ADMIN_USER_LIST_CAP,
    ordersAsClient: { items: asClient, total: clientOrders },
    ordersAsFreelancer: { items: asFreelancer, total: freelancerOrders },
    gigs: { items: gigRows, total: gigs.length },
    reportsAbout: { items: reportsAbout, total: reportsAboutCount },
    reportsMade: { items: reportsMade, total: reportsMadeCount },
    payouts: {
      items: payouts.map(({ id, status, amountPaisa, rail, createdAt, processedAt }) => ({
        id,
        status,
        amountPaisa,
        rail,
        createdAt,
        processedAt,
      })),
      total: payoutCount,
    },
    sessions: { items: sessions, total: sessionCount },
  };
}

export type AdminUserPage = Awaited<ReturnType<typeof getAdminUserPage>>;
