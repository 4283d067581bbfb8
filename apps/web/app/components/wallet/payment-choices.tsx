import { TextField } from "@hunar/ui/field";
import { FieldError } from "@hunar/ui/field";
import { useId } from "react";
import { useTranslation } from "#app/utils/use-translation.ts";
import { useMessage } from "#app/hooks/use-message.ts";
import type { FormErrors } from "#app/utils/form-errors.ts";
import { money, type PaisaValue, useLocale } from "./money.tsx";

export interface ReceivingAccountView {
  rail: string;
  accountTitle: string;
  accountNumber: string;
  bankName?: string | null;
}

export interface PaymentOptionsView {
  walletBalancePaisa: string;
  sandboxEnabled: boolean;
  receivingAccounts: ReceivingAccountView[];
}

export interface PaymentValues {
  method?: string;
  rail?: string;
  reference?: string;
}

const radioClassName = "size-4 shrink-0 accent-emerald-700";
const optionClassName = "flex flex-col gap-2 rounded-lg border-2 border-stone-200 bg-white p-4 has-checked:border-emerald-700";

/**
 * The ways to pay an amount: the wallet (only when it covers the amount), a test payment (only
 * when the sandbox is on) and a manual transfer to Hunar's account on the chosen rail with its
 * reference. Plain radio buttons and fields, so it works the same without JavaScript.
 */
export function PaymentChoices({
  amountPaisa,
  options,
  values,
  errors,
}: {
  amountPaisa: PaisaValue;
  options: PaymentOptionsView;
  values?: PaymentValues | null | undefined;
  errors?: FormErrors | null | undefined;
}) {
  const { t } = useTranslation("wallet");
  const locale = useLocale();
  const message = useMessage();
  const id = useId();
  const walletCovers = BigInt(options.walletBalancePaisa) >= BigInt(amountPaisa);
  const method = values?.method ?? (walletCovers ? "wallet" : "manual");
  const rail = values?.rail ?? options.receivingAccounts[0]?.rail;
  const methodError = message(errors?.fields.method);
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={methodError ? `${id}-method-error` : undefined}>
      <legend className="mb-2 text-xl font-bold">{t("pay.legend")}</legend>
      <FieldError id={`${id}-method-error`}>{methodError}</FieldError>
      <label className={optionClassName}>
        <span className="flex items-center gap-2 font-semibold">
          <input
            type="radio"
            name="method"
            value="wallet"
            disabled={!walletCovers}
            defaultChecked={walletCovers && method === "wallet"}
            className={radioClassName}
          />
          {t("pay.wallet")}
        </span>
        <span className="text-sm text-stone-700">
          {walletCovers
            ? t("pay.walletBalance", { balance: money(options.walletBalancePaisa, locale) })
            : t("pay.walletShort", { balance: money(options.walletBalancePaisa, locale), total: money(amountPaisa, locale) })}
        </span>
      </label>
      {options.sandboxEnabled ? (
        <label className={optionClassName}>
          <span className="flex items-center gap-2 font-semibold">
            <input type="radio" name="method" value="sandbox" defaultChecked={method === "sandbox"} className={radioClassName} />
            {t("pay.sandbox")}
          </span>
          <span className="text-sm text-stone-700">{t("pay.sandboxHint")}</span>
        </label>
      ) : null}
      <div className={optionClassName}>
        <label className="flex items-center gap-2 font-semibold">
          <input type="radio" name="method" value="manual" defaultChecked={method === "manual"} className={radioClassName} />
          {t("pay.manual")}
        </label>
        {/* What is in the wallet already counts: only the rest has to be sent. */}
        <p className="text-sm text-stone-700">{t("pay.manualHint")}</p>
        <ManualTransferFields
          amountPaisa={walletCovers ? amountPaisa : (BigInt(amountPaisa) - BigInt(options.walletBalancePaisa)).toString()}
          accounts={options.receivingAccounts}
          rail={rail}
          values={values}
          errors={errors}
        />
      </div>
    </fieldset>
  );
}

/** Which of Hunar's accounts to send to (one radio per rail, with its details) and the reference. */
export function ManualTransferFields({
  amountPaisa,
  accounts,
  rail,
  values,
  errors,
}: {
  amountPaisa: PaisaValue | null;
  accounts: ReceivingAccountView[];
  rail: string | undefined;
  values?: PaymentValues | null | undefined;
  errors?: FormErrors | null | undefined;
}) {
  const { t } = useTranslation("wallet");
  const locale = useLocale();
  const message = useMessage();
  const id = useId();
  const railError = message(errors?.fields.rail);
  return (
    <div className="flex flex-col gap-3">
      {amountPaisa === null ? null : (
        <p>
          {t("pay.sendAmount")}: <strong data-figure="send-amount">{money(amountPaisa, locale)}</strong>
        </p>
      )}
      <fieldset className="flex flex-col gap-2" aria-describedby={railError ? `${id}-rail-error` : undefined}>
        <legend className="mb-1 font-medium">{t("pay.rail")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {accounts.map((account) => (
            <label
              key={account.rail}
              className="flex items-start gap-2 rounded-md border border-stone-200 p-3 has-checked:border-emerald-700"
            >
              <input
                type="radio"
                name="rail"
                value={account.rail}
                defaultChecked={account.rail === rail}
                className={`mt-1 ${radioClassName}`}
              />
              <span className="flex flex-col text-sm">
                <span className="font-semibold">{t(`payments:rails.${account.rail}`)}</span>
                <span>
                  {t("pay.accountTitle")}: <bdi>{account.accountTitle}</bdi>
                </span>
                <span>
                  {t("pay.accountNumber")}:{" "}
                  <bdi dir="ltr" className="font-mono" data-account-number={account.rail}>
                    {account.accountNumber}
                  </bdi>
                </span>
                {account.bankName ? <bdi>{account.bankName}</bdi> : null}
              </span>
            </label>
          ))}
        </div>
        <FieldError id={`${id}-rail-error`}>{railError}</FieldError>
      </fieldset>
      <TextField
        name="reference"
        label={t("pay.reference")}
        hint={t("pay.referenceHint")}
        defaultValue={values?.reference ?? ""}
        error={message(errors?.fields.reference)}
        dir="ltr"
        autoComplete="off"
        maxLength={64}
      />
    </div>
  );
}
