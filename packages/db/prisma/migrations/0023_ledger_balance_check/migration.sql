-- No account holding a customer's money (wallet, escrow, pending, available, clearing) may go
-- below zero, enforced by the database: a posting moves cached balances in one upsert without
-- reading them first, and this constraint is what refuses an overdraw (the ledger reports it as
-- insufficient funds). Platform revenue and the external accounts keep no cached balance
-- (docs/decisions/008-ledger-and-money.md).
ALTER TABLE "LedgerAccount" ADD CONSTRAINT "LedgerAccount_balance_not_negative"
  CHECK ("balancePaisa" >= 0 OR "type" IN ('PLATFORM_REVENUE', 'EXTERNAL_FUNDING', 'EXTERNAL_PAYOUTS'));
