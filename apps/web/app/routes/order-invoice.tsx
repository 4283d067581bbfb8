import { getOrderInvoice, type InvoiceCopy } from "@hunar/payments/statements/get-order-invoice";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";
import { invoiceHeading, InvoiceView } from "#app/components/wallet/invoice-view.tsx";
import { PrintButton } from "#app/components/wallet/print-button.tsx";
import { requireUser } from "#app/utils/auth.server.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import type { Route } from "./+types/order-invoice";

const COPIES: readonly InvoiceCopy[] = ["CLIENT_INVOICE", "FREELANCER_RECEIPT"];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  // Only admins choose the copy (?copy=FREELANCER_RECEIPT); a party always gets their own.
  const asked = new URL(request.url).searchParams.get("copy");
  const copy = COPIES.find((value) => value === asked);
  const invoice = await orPageError(
    getOrderInvoice(context.db, { userId: user.id, isAdmin: user.isAdmin }, params.orderId, copy ? { copy } : {}),
  );
  return { invoice };
}

export default function OrderInvoicePage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("wallet");
  const { invoice } = loaderData;
  return (
    <Container className="py-8 print:px-0 print:py-0">
      <div className="mx-auto flex max-w-3xl flex-col gap-4 print:max-w-none">
        <title>{`${invoiceHeading(invoice, t)} · ${t("common:appName")}`}</title>
        <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
          <Link to="/orders" className="text-emerald-800 underline">
            {t("invoice.backToOrders")}
          </Link>
          <PrintButton />
        </div>
        <InvoiceView invoice={invoice} />
      </div>
    </Container>
  );
}
