import type { Locale } from "@hunar/i18n/config";
import { formatDateTime, formatIpAddress } from "@hunar/i18n/format";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { Card } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { useMessage } from "#app/hooks/use-message.ts";
import { describeUserAgent } from "#app/utils/user-agent.ts";
import type { FormResult } from "./form-result.ts";

export interface SessionRow {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  ip: string | null;
  current: boolean;
}

/** Where the account is signed in, with a way to end any one session or all of them. */
export function AccountSessions({ sessions, result }: { sessions: SessionRow[]; result: FormResult | undefined }) {
  const { t, i18n } = useTranslation("account");
  const message = useMessage();
  const locale = i18n.language as Locale;
  const when = (date: Date) => formatDateTime(date, locale);

  return (
    <Card className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h2 className="text-xl font-bold">{t("settings.sessionsTitle")}</h2>
        <p className="text-stone-700">{t("settings.sessionsIntro")}</p>
      </div>
      {result?.done ? <Alert tone="success">{t("settings.revoked")}</Alert> : null}
      {result?.errors?.form ? <Alert tone="error">{message(result.errors.form)}</Alert> : null}
      <ul className="flex flex-col divide-y divide-stone-200">
        {sessions.map((session) => {
          const device = describeUserAgent(session.userAgent);
          return (
            <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="flex flex-col">
                <p className="font-semibold">
                  {device ? t("settings.deviceOn", device) : t("settings.unknownDevice")}
                  {session.current ? (
                    <span className="ms-2 rounded-md bg-emerald-100 px-2 text-sm font-normal text-emerald-900">
                      {t("settings.thisDevice")}
                    </span>
                  ) : null}
                </p>
                <p className="text-sm text-stone-600">{t("settings.signedInOn", { date: when(session.createdAt) })}</p>
                <p className="text-sm text-stone-600">{t("settings.expiresOn", { date: when(session.expiresAt) })}</p>
                {session.ip ? <p className="text-sm text-stone-600">{t("settings.fromIp", { ip: formatIpAddress(session.ip) })}</p> : null}
              </div>
              {session.current ? null : (
                <Form method="post">
                  <input type="hidden" name="_action" value="revoke" />
                  <input type="hidden" name="sessionId" value={session.id} />
                  <Button type="submit" variant="secondary" size="sm">
                    {t("settings.revoke")}
                  </Button>
                </Form>
              )}
            </li>
          );
        })}
      </ul>
      <Form method="post" className="flex flex-wrap items-center gap-3 border-t border-stone-200 pt-4">
        <input type="hidden" name="_action" value="logoutEverywhere" />
        <Button type="submit" variant="danger">
          {t("settings.logOutEverywhere")}
        </Button>
        <p className="text-sm text-stone-600">{t("settings.logOutEverywhereIntro")}</p>
      </Form>
    </Card>
  );
}
