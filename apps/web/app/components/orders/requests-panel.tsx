import { formatDate } from "@hunar/i18n/format";
import type { OrderRole } from "@hunar/orders/order-role";
import type { OrderRequests, OrderRequestView } from "@hunar/orders/requests/read-requests";
import { Button } from "@hunar/ui/button";
import { TextAreaField, type TextAreaFieldProps } from "@hunar/ui/text-area";
import { TextField } from "@hunar/ui/field";
import { Card } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { isolate, useLocale } from "#app/components/wallet/money.tsx";
import { type RequestActionResult, RequestForm, resultFor, useFieldError } from "./request-form.tsx";

// The longest extension and reason the domain accepts (request-input.ts), mirrored for the inputs.
const EXTENSION_DAYS_MAX = 30;
const REASON_MAX = 500;

export interface RequestsPanelProps {
  /** The order as the page loaded it. */
  order: { status: string; dueAt: Date | string | null };
  role: OrderRole;
  requests: OrderRequests;
  /** isLate(order, now) from @hunar/orders/requests/late-order, with the loader's clock. */
  late: boolean;
  /** The page's actionData, when an action of this panel sent it. */
  result?: RequestActionResult | undefined;
}

/**
 * More time, cancellation and late cancellation on the order page: what is waiting for an answer
 * and the forms this party may use in the order's current state, each a plain form post.
 */
export function RequestsPanel({ order, role, requests, late, result }: RequestsPanelProps) {
  const { t } = useTranslation("orders");
  const running = order.status === "IN_PROGRESS";
  const mayAskForTime = running && role === "freelancer" && order.dueAt !== null;
  if (!running && requests.past.length === 0) return null;
  const { extension, cancellation } = requests.pending;
  return (
    <Card className="flex flex-col gap-6">
      <h2 className="text-xl font-bold">{t("requests.title")}</h2>
      {running && extension ? <PendingExtension request={extension} role={role} result={result} /> : null}
      {mayAskForTime && !extension ? <AskForTime result={result} /> : null}
      {running && cancellation ? <PendingCancellation request={cancellation} role={role} result={result} /> : null}
      {running && !cancellation ? <AskToCancel result={result} /> : null}
      {running && late && role === "client" ? <CancelLate result={result} /> : null}
      <PastRequests requests={requests.past} />
    </Card>
  );
}

type Result = { result: RequestActionResult | undefined };

function ReasonField({ intent, result, ...props }: { intent: string } & Result & Omit<TextAreaFieldProps, "name">) {
  const fieldError = useFieldError(result, intent);
  return (
    <TextAreaField
      name="reason"
      rows={3}
      required
      maxLength={REASON_MAX}
      dir="auto"
      defaultValue={resultFor(result, intent)?.values?.reason ?? ""}
      error={fieldError("reason")}
      {...props}
    />
  );
}

function Asked({ request, text }: { request: OrderRequestView; text: string }) {
  const { t } = useTranslation("orders");
  return (
    <div className="flex flex-col gap-1">
      <p>{text}</p>
      <p className="text-stone-700">
        <span className="font-semibold">{t("requests.reason")}: </span>
        <span dir="auto">{request.reason}</span>
      </p>
    </div>
  );
}

function Withdraw({ request, result }: { request: OrderRequestView } & Result) {
  const { t } = useTranslation("orders");
  return (
    <RequestForm intent="withdrawRequest" result={result} hidden={{ requestId: request.id }}>
      <div>
        <Button type="submit" variant="secondary">
          {t("requests.withdraw")}
        </Button>
      </div>
    </RequestForm>
  );
}

function AnswerButtons({ accept, decline }: { accept: string; decline: string }) {
  return (
    <div className="flex flex-wrap gap-3">
      <Button type="submit" name="answer" value="accept">
        {accept}
      </Button>
      <Button type="submit" name="answer" value="decline" variant="secondary">
        {decline}
      </Button>
    </div>
  );
}

function PendingExtension({ request, role, result }: { request: OrderRequestView; role: OrderRole } & Result) {
  const { t } = useTranslation("orders");
  const locale = useLocale();
  const days = request.days ?? 0;
  const text = t("requests.extension.pending", {
    count: days,
    name: isolate(request.requester.name),
    date: formatDate(request.createdAt, locale),
  });
  return (
    <section className="flex flex-col gap-3">
      <h3 className="text-lg font-semibold">{t("requests.extension.heading")}</h3>
      <Asked request={request} text={text} />
      {role === "client" ? (
        <RequestForm intent="answerExtension" result={result} hidden={{ requestId: request.id }}>
          <AnswerButtons accept={t("requests.extension.accept", { count: days })} decline={t("requests.extension.decline")} />
        </RequestForm>
      ) : (
        <>
          <p className="text-sm text-stone-700">{t("requests.extension.waiting")}</p>
          <Withdraw request={request} result={result} />
        </>
      )}
    </section>
  );
}

function AskForTime({ result }: Result) {
  const { t } = useTranslation("orders");
  const fieldError = useFieldError(result, "requestExtension");
  return (
    <section className="flex flex-col gap-3">
      <h3 className="text-lg font-semibold">{t("requests.extension.heading")}</h3>
      <p className="text-sm text-stone-700">{t("requests.extension.hint")}</p>
      <RequestForm intent="requestExtension" result={result}>
        <TextField
          name="days"
          type="number"
          inputMode="numeric"
          min={1}
          max={EXTENSION_DAYS_MAX}
          required
          dir="ltr"
          className="max-w-40"
          label={t("requests.extension.daysLabel", { max: EXTENSION_DAYS_MAX })}
          defaultValue={resultFor(result, "requestExtension")?.values?.days ?? ""}
          error={fieldError("days")}
        />
        <ReasonField intent="requestExtension" result={result} label={t("requests.extension.reasonLabel")} />
        <div>
          <Button type="submit">{t("requests.extension.submit")}</Button>
        </div>
      </RequestForm>
    </section>
  );
}

function PendingCancellation({ request, role, result }: { request: OrderRequestView; role: OrderRole } & Result) {
  const { t } = useTranslation("orders");
  const locale = useLocale();
  const text = t("requests.cancellation.pending", { name: isolate(request.requester.name), date: formatDate(request.createdAt, locale) });
  const asked = request.requester.role === role;
  return (
    <section className="flex flex-col gap-3">
      <h3 className="text-lg font-semibold">{t("requests.cancellation.heading")}</h3>
      <Asked request={request} text={text} />
      {asked ? (
        <>
          <p className="text-sm text-stone-700">{t("requests.cancellation.waiting")}</p>
          <Withdraw request={request} result={result} />
        </>
      ) : (
        <RequestForm intent="answerCancellation" result={result} hidden={{ requestId: request.id }}>
          <p className="text-sm text-stone-700">{t("requests.cancellation.acceptHint")}</p>
          <AnswerButtons accept={t("requests.cancellation.accept")} decline={t("requests.cancellation.decline")} />
        </RequestForm>
      )}
    </section>
  );
}

function AskToCancel({ result }: Result) {
  const { t } = useTranslation("orders");
  return (
    <section className="flex flex-col gap-3">
      <h3 className="text-lg font-semibold">{t("requests.cancellation.heading")}</h3>
      <p className="text-sm text-stone-700">{t("requests.cancellation.hint")}</p>
      <RequestForm intent="requestCancellation" result={result}>
        <ReasonField intent="requestCancellation" result={result} label={t("requests.cancellation.reasonLabel")} />
        <div>
          <Button type="submit" variant="secondary">
            {t("requests.cancellation.submit")}
          </Button>
        </div>
      </RequestForm>
    </section>
  );
}

function CancelLate({ result }: Result) {
  const { t } = useTranslation("orders");
  return (
    <section className="flex flex-col gap-3 border-s-4 border-red-300 ps-4">
      <h3 className="text-lg font-semibold">{t("requests.late.heading")}</h3>
      <p className="text-sm text-stone-700">{t("requests.late.hint")}</p>
      <RequestForm intent="cancelLate" result={result}>
        <ReasonField intent="cancelLate" result={result} label={t("requests.late.reasonLabel")} />
        <div>
          <Button type="submit" variant="danger">
            {t("requests.late.submit")}
          </Button>
        </div>
      </RequestForm>
    </section>
  );
}

function PastRequests({ requests }: { requests: OrderRequestView[] }) {
  const { t } = useTranslation("orders");
  const locale = useLocale();
  if (requests.length === 0) return null;
  return (
    <section className="flex flex-col gap-2">
      <h3 className="text-lg font-semibold">{t("requests.past.heading")}</h3>
      <ul className="flex flex-col gap-2">
        {requests.map((request) => {
          const who = { name: isolate(request.requester.name), date: formatDate(request.createdAt, locale) };
          const what =
            request.kind === "EXTENSION"
              ? t("requests.past.extension", { ...who, count: request.days ?? 0 })
              : t("requests.past.cancellation", who);
          return (
            <li key={request.id} className="flex flex-col gap-1 border-b border-stone-200 pb-2">
              <p>
                {what} ·{" "}
                <span className="font-semibold">{t(`requests.status.${request.status as "ACCEPTED" | "DECLINED" | "WITHDRAWN"}`)}</span>
              </p>
              <p className="text-sm text-stone-700" dir="auto">
                {request.reason}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
