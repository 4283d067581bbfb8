import type { FlatNamespace, i18n as I18n, TFunction } from "i18next";
import { useContext } from "react";
import { type FallbackNs, I18nContext, type UseTranslationResponse } from "react-i18next";

type Response<Ns extends FlatNamespace | readonly FlatNamespace[] | undefined> = UseTranslationResponse<FallbackNs<Ns>, undefined>;

// react-i18next's hook does a great deal per component per render: it subscribes each component to
// the instance's events, copies every property of the instance into a fresh wrapper and builds a
// new `t` whose every call copies all of i18next's options. A server renders each page once, so
// all of that is paid again for every component on every page (a tenth of a page's CPU). Here a
// language's instance never changes once made (utils/i18n.ts: one per language; a switch of
// language hands the provider another instance, which re-renders every reader of the context),
// so one `t` per instance and namespace serves every component for the life of the process.
const responses = new WeakMap<I18n, Map<string, Response<FlatNamespace>>>();

/**
 * `useTranslation` for this app: the same call and result as react-i18next's (`t`, `i18n`,
 * `ready`, also as a tuple). With several namespaces the first is the default and the others are
 * reached as "namespace:key", as react-i18next does.
 */
export function useTranslation<const Ns extends FlatNamespace | readonly FlatNamespace[] | undefined = undefined>(ns?: Ns): Response<Ns> {
  const i18n = useContext(I18nContext)?.i18n;
  if (!i18n) throw new Error("useTranslation needs an I18nextProvider above it");
  return responseFor(i18n, (Array.isArray(ns) ? ns[0] : ns) as FlatNamespace | undefined);
}

function responseFor(i18n: I18n, ns: FlatNamespace | undefined): Response<FlatNamespace> {
  let byNamespace = responses.get(i18n);
  if (!byNamespace) {
    byNamespace = new Map();
    responses.set(i18n, byNamespace);
  }
  const namespace = ns ?? (i18n.options.defaultNS as FlatNamespace);
  let response = byNamespace.get(namespace);
  if (!response) {
    const lng = i18n.language;
    // The caller's own `ns` or `lng` wins, as with i18next's getFixedT.
    const t = ((key: string | string[], options?: Record<string, unknown> | string) =>
      typeof options === "object"
        ? i18n.t(key, { lng, ns: namespace, ...options })
        : i18n.t(key, { lng, ns: namespace, defaultValue: options })) as TFunction<FlatNamespace, undefined>;
    response = Object.assign([t, i18n, true] as [typeof t, I18n, boolean], { t, i18n, ready: true });
    byNamespace.set(namespace, response);
  }
  return response;
}
