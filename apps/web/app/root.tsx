import { DEFAULT_LOCALE, dir, type Locale } from "@hunar/i18n/config";
import { localeBundle } from "@hunar/i18n/locale-bundle";
import { resourcesFor } from "@hunar/i18n/resources";
import { lazy, Suspense, type ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import {
  data,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  type ShouldRevalidateFunctionArgs,
  useMatches,
  useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import { ChatProvider } from "./chat/chat-provider.tsx";
import { VerifyEmailBanner } from "./components/account/verify-email-banner.tsx";
import { ErrorPage } from "./components/error-page.tsx";
import { SiteFooter } from "./components/site-footer.tsx";
import { SiteHeader } from "./components/site-header.tsx";
import { getCurrentSession } from "./utils/auth.server.ts";
import { FALLBACK_LOCALE_RESOURCES } from "./utils/fallback-resources.ts";
import { cachedI18n, i18nFor, loadLocaleStrings } from "./utils/i18n.ts";
import { resolveLocale } from "./utils/locale.server.ts";
import { useNonce } from "./utils/nonce.tsx";
import { unreadTotal } from "@hunar/chat/unread-total";
import { countUnreadNotifications } from "@hunar/notifications/inbox/unread-count";
import "./styles/app.css";

// Only a signed-in person gets live notices, and with them the notification texts and their
// schemas: a visitor's page does not download that code.
const LiveNotices = lazy(() => import("./components/notifications/live-notices.tsx").then((module) => ({ default: module.LiveNotices })));
import urduStylesHref from "./styles/urdu.css?url";
import nastaliqFontHref from "./fonts/noto-nastaliq-urdu-400.woff2?url";

/** Makes the server's instance of the language (once per process) and names its browser file. */
function warmStrings(locale: Locale): string {
  if (!cachedI18n(locale)) i18nFor(locale, resourcesFor(locale));
  return localeBundle(locale).href;
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user, setCookie: sessionCookie } = await getCurrentSession(request, context);
  const { locale, setCookie: localeCookie } = resolveLocale(request, user?.preferredLocale);
  const headers = new Headers();
  if (sessionCookie) headers.append("Set-Cookie", sessionCookie);
  if (localeCookie) headers.append("Set-Cookie", localeCookie);
  // A signed-in page shows the person's name and counts: no cache may keep it (see headers below).
  if (user) headers.set("Cache-Control", "no-store");
  // The header badges' first values; the live connection keeps them current from then on.
  const [unreadMessages, notifications] = user
    ? await Promise.all([unreadTotal(context.db, user.id), countUnreadNotifications(context.db, user.id)])
    : [0, null];
  return data(
    {
      locale,
      // The browser fetches this language's strings from a file it caches for a year, instead of
      // every page carrying them in its loader data; server rendering reads them from memory.
      stringsHref: warmStrings(locale),
      user: user
        ? {
            id: user.id,
            displayName: user.displayName,
            isAdmin: user.isAdmin,
            intent: user.intent,
            // Until it is confirmed, every page shows the banner that sends the link again.
            unverifiedEmail: user.emailVerifiedAt === null ? user.email : null,
          }
        : null,
      unreadMessages,
      notifications,
      year: new Date().getFullYear(),
    },
    { headers },
  );
}

/**
 * Every page inherits this unless its route sends its own headers: a signed-in page is no-store.
 * Cookies need no forwarding here (React Router adds every loader's Set-Cookie itself).
 */
export function headers({ loaderHeaders }: Route.HeadersArgs) {
  const cacheControl = loaderHeaders.get("Cache-Control");
  return cacheControl ? { "Cache-Control": cacheControl } : {};
}

export type RootData = Awaited<ReturnType<typeof loader>>["data"];

/** A switch of language in the browser waits for the new language's strings before it renders. */
export async function clientLoader({ serverLoader }: Route.ClientLoaderArgs) {
  const rootData = await serverLoader();
  await loadLocaleStrings(rootData.locale, rootData.stringsHref);
  return rootData;
}

/**
 * The root data (language, strings, who is signed in) changes only after a form post or a
 * language switch; a plain navigation, even one that changes `?q=`, can keep it.
 */
export function shouldRevalidate({ formMethod, currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  if (formMethod && formMethod.toUpperCase() !== "GET") return defaultShouldRevalidate;
  return currentUrl.searchParams.get("lng") !== nextUrl.searchParams.get("lng");
}

export function Layout({ children }: { children: ReactNode }) {
  const rootData = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  const hydrate = useHydrate();
  // Without root data (its loader failed) the page is an error page in the default language.
  const locale = rootData?.locale ?? DEFAULT_LOCALE;
  const i18n = (rootData ? cachedI18n(locale) : undefined) ?? i18nFor(DEFAULT_LOCALE, FALLBACK_LOCALE_RESOURCES, "fallback");
  const t = i18n.getFixedT(locale);

  return (
    <html lang={locale} dir={dir(locale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="description" content={t("metaDescription")} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        {locale === "ur" ? (
          <>
            {/* Nastaliq is large; only Urdu pages pay for it, and they start fetching it at once (urdu.css names the same file). */}
            <link rel="preload" href={nastaliqFontHref} as="font" type="font/woff2" crossOrigin="anonymous" />
            <link rel="stylesheet" href={urduStylesHref} />
          </>
        ) : null}
        {/* Fetched by entry.client.tsx before it hydrates; pages without scripts do not need it. */}
        {rootData && hydrate ? (
          <link rel="preload" href={rootData.stringsHref} as="fetch" crossOrigin="anonymous" data-locale-strings="" />
        ) : null}
        <Meta />
        <Links nonce={nonce} />
      </head>
      <body className="flex min-h-screen flex-col bg-stone-50 text-stone-900">
        <I18nextProvider i18n={i18n}>
          <ChatProvider userId={rootData?.user?.id ?? null} initialUnread={rootData?.unreadMessages ?? 0}>
            <a
              href="#main"
              className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
            >
              {t("skipToContent")}
            </a>
            {rootData ? <SiteHeader user={rootData.user} locale={locale} notifications={rootData.notifications} /> : null}
            {rootData?.user?.unverifiedEmail ? <VerifyEmailBanner email={rootData.user.unverifiedEmail} /> : null}
            <main id="main" className="flex-1">
              {children}
            </main>
            {rootData ? <SiteFooter year={rootData.year} /> : null}
            {rootData?.user ? (
              <Suspense fallback={null}>
                <LiveNotices locale={locale} />
              </Suspense>
            ) : null}
          </ChatProvider>
        </I18nextProvider>
        {hydrate ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
      </body>
    </html>
  );
}

/**
 * Pages that are plain server-rendered HTML (search results, category listings) declare
 * `handle = { hydrate: false }`: their links and GET forms need no JavaScript, so a first visit
 * downloads none. Reached by a client-side navigation from another page, they still render
 * through the router as usual.
 */
function useHydrate(): boolean {
  return !useMatches().some((match) => (match.handle as { hydrate?: boolean } | undefined)?.hydrate === false);
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ErrorPage error={error} />;
}
