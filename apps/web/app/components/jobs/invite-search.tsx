import { cityName } from "@hunar/i18n/cities";
import type { Locale } from "@hunar/i18n/config";
import { formatNumber } from "@hunar/i18n/format";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { TextField } from "@hunar/ui/field";
import { Card } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link } from "react-router";
import { FormErrorAlert } from "#app/components/account/form-error-alert.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { gigHref, sellerHref } from "#app/utils/gig-links.ts";
import { pickLocalized } from "#app/utils/localized.ts";
import type { InviteSearch } from "./invite-search.server.ts";
import type { JobPageResult } from "./job-page-result.ts";

/**
 * On the client's open job: search the freelancers' gigs (the catalogue's own search) and invite
 * the sellers found, one button each. Works without JavaScript: a GET form, then plain POSTs to
 * the same address, so the list comes back with the new invitation marked.
 */
export function InviteSearchPanel({ search, result }: { search: InviteSearch; result: JobPageResult | undefined }) {
  const { t, i18n } = useTranslation("jobs");
  const locale = i18n.language as Locale;
  const message = useMessage();
  const invited = result?.form === "inviteFound" ? result : undefined;
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-lg font-bold">{t("page.findTitle")}</h2>
      <Form method="get" className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 grow">
          <TextField
            name="find"
            type="search"
            label={t("page.findLabel")}
            hint={t("page.findHelp")}
            dir="auto"
            defaultValue={search?.query ?? ""}
            error={message(search?.error ?? undefined)}
          />
        </div>
        <Button type="submit" variant="secondary">
          {t("page.findSubmit")}
        </Button>
      </Form>
      {invited?.done ? <Alert tone="success">{t("page.invited")}</Alert> : null}
      <FormErrorAlert error={invited?.errors?.form} />
      {search && !search.error && search.candidates.length === 0 ? <p className="text-stone-700">{t("page.findNone")}</p> : null}
      {search && search.candidates.length > 0 ? (
        <ul className="flex flex-col divide-y divide-stone-200">
          {search.candidates.map((candidate) => {
            const gigTitle = pickLocalized({ ur: candidate.gig.titleUr, en: candidate.gig.titleEn }, locale);
            const href = sellerHref({ handle: candidate.handle, id: candidate.freelancerId });
            return (
              <li key={candidate.freelancerId} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div className="flex min-w-0 flex-col gap-1">
                  <p className="font-semibold">
                    {href ? (
                      <Link to={href} className="text-emerald-800 underline">
                        <bdi>{candidate.name}</bdi>
                      </Link>
                    ) : (
                      <bdi>{candidate.name}</bdi>
                    )}
                  </p>
                  <p className="text-sm text-stone-600">
                    {[
                      candidate.city ? cityName(candidate.city, locale) : null,
                      candidate.ratingAverage !== null
                        ? t("pages:gigCard.rating", { rating: formatNumber(candidate.ratingAverage, locale), count: candidate.ratingCount })
                        : t("pages:gigCard.noReviews"),
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                  {gigTitle ? (
                    <p className="text-sm">
                      {t("page.foundThrough")}{" "}
                      <Link to={gigHref(candidate.gig)} className="underline">
                        <bdi lang={gigTitle.lang}>{gigTitle.text}</bdi>
                      </Link>
                    </p>
                  ) : null}
                </div>
                {candidate.invited ? (
                  <span className="text-sm font-semibold text-emerald-800">{t("page.invitedAlready")}</span>
                ) : (
                  <Form method="post">
                    <input type="hidden" name="intent" value="inviteFound" />
                    <input type="hidden" name="freelancerId" value={candidate.freelancerId} />
                    <Button type="submit" variant="secondary" aria-label={t("page.inviteThemLabel", { name: candidate.name })}>
                      {t("page.inviteThem")}
                    </Button>
                  </Form>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </Card>
  );
}
