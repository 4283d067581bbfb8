import type { Tx } from "@hunar/db/types";
import { accountKey } from "../ledger/accounts.ts";

/** The client's wallet (CLIENT_BALANCE) as cached on its account; zero before the first credit. */
export async function walletBalance(tx: Tx, userId: string): Promise<bigint> {
  const account = await tx.ledgerAccount.findUnique({
    where: { key: accountKey({ type: "CLIENT_BALANCE", userId }) },
    select: { balancePaisa: true },
  });
  return account?.balancePaisa ?? 0n;
}
