import enAccount from "../locales/en/account.json" with { type: "json" };
import enAuth from "../locales/en/auth.json" with { type: "json" };
import enCommon from "../locales/en/common.json" with { type: "json" };
import enErrors from "../locales/en/errors.json" with { type: "json" };
import enGigs from "../locales/en/gigs.json" with { type: "json" };
import enImages from "../locales/en/images.json" with { type: "json" };
import enPages from "../locales/en/pages.json" with { type: "json" };
import enSearch from "../locales/en/search.json" with { type: "json" };
import urAccount from "../locales/ur/account.json" with { type: "json" };
import urAuth from "../locales/ur/auth.json" with { type: "json" };
import urCommon from "../locales/ur/common.json" with { type: "json" };
import urErrors from "../locales/ur/errors.json" with { type: "json" };
import urGigs from "../locales/ur/gigs.json" with { type: "json" };
import urImages from "../locales/ur/images.json" with { type: "json" };
import urPages from "../locales/ur/pages.json" with { type: "json" };
import urSearch from "../locales/ur/search.json" with { type: "json" };
import enPayments from "../locales/en/payments.json" with { type: "json" };
import urPayments from "../locales/ur/payments.json" with { type: "json" };
import enWallet from "../locales/en/wallet.json" with { type: "json" };
import urWallet from "../locales/ur/wallet.json" with { type: "json" };
import enEarnings from "../locales/en/earnings.json" with { type: "json" };
import urEarnings from "../locales/ur/earnings.json" with { type: "json" };
import enChat from "../locales/en/chat.json" with { type: "json" };
import urChat from "../locales/ur/chat.json" with { type: "json" };
import enNotifications from "../locales/en/notifications.json" with { type: "json" };
import urNotifications from "../locales/ur/notifications.json" with { type: "json" };
import enOrders from "../locales/en/orders.json" with { type: "json" };
import urOrders from "../locales/ur/orders.json" with { type: "json" };
import enReviews from "../locales/en/reviews.json" with { type: "json" };
import urReviews from "../locales/ur/reviews.json" with { type: "json" };
import enProfiles from "../locales/en/profiles.json" with { type: "json" };
import urProfiles from "../locales/ur/profiles.json" with { type: "json" };
import enJobs from "../locales/en/jobs.json" with { type: "json" };
import urJobs from "../locales/ur/jobs.json" with { type: "json" };
import enProposals from "../locales/en/proposals.json" with { type: "json" };
import urProposals from "../locales/ur/proposals.json" with { type: "json" };
import enAdmin from "../locales/en/admin.json" with { type: "json" };
import urAdmin from "../locales/ur/admin.json" with { type: "json" };
import enDisputes from "../locales/en/disputes.json" with { type: "json" };
import urDisputes from "../locales/ur/disputes.json" with { type: "json" };
import type { Locale } from "./config.ts";
import type { LocaleResources } from "./namespaces.ts";

export { NAMESPACES, type LocaleResources, type MessageTree, type Namespace } from "./namespaces.ts";

// Server side only: importing this module bundles every language. Browsers receive their one
// language through the root loader (resourcesFor) and build their instance with instance.ts.

/** Every namespace of both languages. */
export const resources: Record<Locale, LocaleResources> = {
  ur: {
    common: urCommon,
    account: urAccount,
    auth: urAuth,
    errors: urErrors,
    images: urImages,
    gigs: urGigs,
    search: urSearch,
    pages: urPages,
    payments: urPayments,
    wallet: urWallet,
    earnings: urEarnings,
    chat: urChat,
    notifications: urNotifications,
    orders: urOrders,
    reviews: urReviews,
    profiles: urProfiles,
    jobs: urJobs,
    proposals: urProposals,
    admin: urAdmin,
    disputes: urDisputes,
  },
  en: {
    common: enCommon,
    account: enAccount,
    auth: enAuth,
    errors: enErrors,
    images: enImages,
    gigs: enGigs,
    search: enSearch,
    pages: enPages,
    payments: enPayments,
    wallet: enWallet,
    earnings: enEarnings,
    chat: enChat,
    notifications: enNotifications,
    orders: enOrders,
    reviews: enReviews,
    profiles: enProfiles,
    jobs: enJobs,
    proposals: enProposals,
    admin: enAdmin,
    disputes: enDisputes,
  },
};

/** The resources one page needs: only the active language, so the other never reaches the browser. */
export function resourcesFor(locale: Locale): LocaleResources {
  return resources[locale];
}
