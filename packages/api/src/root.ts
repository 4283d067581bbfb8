import { adminGigsRouter } from "./routers/admin-gigs.ts";
import { adminOutagesRouter } from "./routers/admin-outages.ts";
import { adminPaymentsRouter } from "./routers/admin-payments.ts";
import { adminPayoutsRouter } from "./routers/admin-payouts.ts";
import { adminUsersRouter } from "./routers/admin-users.ts";
import { adminReportsRouter } from "./routers/admin-reports.ts";
import { authRouter } from "./routers/auth.ts";
import { catalogRouter } from "./routers/catalog.ts";
import { adminDisputesRouter, disputesRouter } from "./routers/disputes.ts";
import { earningsRouter } from "./routers/earnings.ts";
import { gigsRouter } from "./routers/gigs.ts";
import { jobsRouter } from "./routers/jobs.ts";
import { notificationsRouter } from "./routers/notifications.ts";
import { offersRouter } from "./routers/offers.ts";
import { ordersRouter } from "./routers/orders.ts";
import { paymentsRouter } from "./routers/payments.ts";
import { adminProfilesRouter, profilesRouter } from "./routers/profiles.ts";
import { proposalsRouter } from "./routers/proposals.ts";
import { reviewsRouter } from "./routers/reviews.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  catalog: catalogRouter,
  gigs: gigsRouter,
  adminGigs: adminGigsRouter,
  adminReports: adminReportsRouter,
  orders: ordersRouter,
  adminOutages: adminOutagesRouter,
  disputes: disputesRouter,
  adminDisputes: adminDisputesRouter,
  reviews: reviewsRouter,
  payments: paymentsRouter,
  adminPayments: adminPaymentsRouter,
  earnings: earningsRouter,
  adminPayouts: adminPayoutsRouter,
  notifications: notificationsRouter,
  profiles: profilesRouter,
  adminProfiles: adminProfilesRouter,
  adminUsers: adminUsersRouter,
  jobs: jobsRouter,
  proposals: proposalsRouter,
  offers: offersRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side calls (route loaders/actions, tests) through the same procedures and checks. */
export const createCaller = createCallerFactory(appRouter);
export type AppRouterCaller = ReturnType<typeof createCaller>;
