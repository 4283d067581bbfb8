import { approveGig, rejectGig, requestGigChanges } from "@hunar/gigs/moderate-gig";
import { listModerationQueue } from "@hunar/gigs/moderation-queue";
import { ZModerationTarget, type ModerationTarget } from "@hunar/gigs/moderation-target";
import type { Locale } from "@hunar/i18n/config";
import { formatNumber } from "@hunar/i18n/format";
import { Alert } from "@hunar/ui/alert";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, Link } from "react-router";
import { ModerationItemCard, moderationItemKey } from "#app/components/gigs/moderation-item.tsx";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireAdmin } from "#app/utils/auth.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import type { Route } from "./+types/admin-moderation";

export async function loader({ request, context }: Route.LoaderArgs) {
  await requireAdmin(request, context);
  return listModerationQueue(context.db);
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireAdmin(request, context);
  const form = await readForm(request);
  const parsed = ZModerationTarget.safeParse({
    kind: textField(form, "kind"),
    gigId: textField(form, "targetId"),
    revisionId: textField(form, "targetId"),
    reportId: textField(form, "targetId"),
  });
  if (!parsed.success) throw data({ messageKey: "errors:invalid" }, { status: 400 });
  const target: ModerationTarget = parsed.data;
  const decision = textField(form, "decision");
  const reason = textField(form, "reason");
  const admin = { userId: user.id, isAdmin: user.isAdmin, ip: context.ip };
  const item = moderationItemKey(target);
  try {
    if (decision === "approve") await approveGig(context.db, admin, target, reason);
    else if (decision === "reject") await rejectGig(context.db, admin, target, reason);
    else if (decision === "requestChanges") await requestGigChanges(context.db, admin, target, reason);
    else throw data({ messageKey: "errors:invalid" }, { status: 400 });
  } catch (error) {
    return formErrorResponse(error, { item, decided: null, values: { reason } });
  }
  return { item, decided: decision, values: null, errors: null };
}

export default function Moderation({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("pages");
  const locale = i18n.language as Locale;
  const { items, counts } = loaderData;
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${t("gigs:moderation.queue")} · ${t("common:appName")}`}</title>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("gigs:moderation.queue")}</h1>
        <p className="text-stone-700">
          {t("moderation.counts", {
            submissions: formatNumber(counts.submissions, locale),
            revisions: formatNumber(counts.revisions, locale),
          })}{" "}
          <Link to="/admin/reports" className="text-emerald-800 underline">
            {t("moderation.reportsElsewhere")}
          </Link>
        </p>
        <p className="text-sm text-stone-600">{t("moderation.oldestFirst")}</p>
      </div>
      {actionData?.decided ? <Alert tone="success">{t(`moderation.decided.${actionData.decided}`)}</Alert> : null}
      {items.length === 0 ? (
        <p className="text-stone-700">{t("gigs:moderation.empty")}</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {items.map((item) => {
            const key = moderationItemKey(item);
            return (
              <li key={key}>
                <ModerationItemCard
                  item={item}
                  result={actionData && !actionData.decided && actionData.item === key ? actionData : undefined}
                />
              </li>
            );
          })}
        </ol>
      )}
    </Container>
  );
}
