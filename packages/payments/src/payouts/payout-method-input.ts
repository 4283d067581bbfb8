import { z } from "zod";
import { validateAccountTitle, validatePayoutAccount } from "./payout-account.ts";
import { PAYOUTS_KEY, ZPayoutRail } from "./payout-input.ts";

const ZOptionalText = z
  .string({ error: `${PAYOUTS_KEY}.bankNameLength` })
  .trim()
  .max(80, `${PAYOUTS_KEY}.bankNameLength`)
  .nullish()
  .transform((value) => (value ? value : null));

/**
 * The add-a-payout-method form. The output carries the account number in its stored form and
 * the title with spaces collapsed; field errors name the field the user has to fix.
 */
export const ZPayoutMethodInput = z
  .object({
    rail: ZPayoutRail,
    accountTitle: z.string({ error: `${PAYOUTS_KEY}.accountTitleLength` }),
    accountNumber: z.string({ error: `${PAYOUTS_KEY}.accountNumberRequired` }),
    bankName: ZOptionalText,
  })
  .transform((value, ctx) => {
    const title = validateAccountTitle(value.accountTitle);
    const account = validatePayoutAccount(value.rail, value.accountNumber);
    if (!title.ok) ctx.addIssue({ code: "custom", path: ["accountTitle"], message: title.error.key, params: title.error.params });
    if (!account.ok) {
      ctx.addIssue({ code: "custom", path: ["accountNumber"], message: account.error.key, params: account.error.params });
    }
    if (!title.ok || !account.ok) return z.NEVER;
    // A bank name only means something for a bank account; wallets and Raast IDs name themselves.
    const bankName = value.rail === "IBAN" ? value.bankName : null;
    return { rail: value.rail, accountTitle: title.accountTitle, accountNumber: account.accountNumber, bankName };
  });

export type PayoutMethodInput = z.input<typeof ZPayoutMethodInput>;
