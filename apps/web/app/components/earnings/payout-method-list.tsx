import { Button } from "@hunar/ui/button";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { formatAccountNumber } from "./account-number.ts";

export interface PayoutMethodView {
  id: string;
  rail: string;
  accountTitle: string;
  accountNumber: string;
  bankName: string | null;
  isDefault: boolean;
}

/** The freelancer's payout methods with make-default and remove, each a small form of its own. */
export function PayoutMethodList({ methods }: { methods: readonly PayoutMethodView[] }) {
  const { t } = useTranslation("earnings");
  if (methods.length === 0) return <p className="text-stone-700">{t("methods.empty")}</p>;
  return (
    <ul className="flex flex-col divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {methods.map((method) => (
        <li key={method.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
          <div className="flex flex-col gap-1">
            <p className="flex flex-wrap items-center gap-2 font-semibold">
              {t(`rails.${method.rail}`)}
              {method.isDefault ? (
                <span className="rounded bg-emerald-100 px-2 py-0.5 text-sm text-emerald-900">{t("methods.default")}</span>
              ) : null}
            </p>
            <p className="text-sm text-stone-700">
              <bdi dir="auto">{method.accountTitle}</bdi> · <bdi dir="ltr">{formatAccountNumber(method.rail, method.accountNumber)}</bdi>
              {method.bankName ? (
                <>
                  {" · "}
                  <bdi dir="auto">{method.bankName}</bdi>
                </>
              ) : null}
            </p>
          </div>
          <Form method="post" className="flex flex-wrap gap-2">
            <input type="hidden" name="payoutMethodId" value={method.id} />
            {method.isDefault ? null : (
              <Button type="submit" name="intent" value="makeDefault" variant="secondary" size="sm">
                {t("methods.makeDefault")}
              </Button>
            )}
            <Button type="submit" name="intent" value="remove" variant="danger" size="sm">
              {t("methods.remove")}
            </Button>
          </Form>
        </li>
      ))}
    </ul>
  );
}
