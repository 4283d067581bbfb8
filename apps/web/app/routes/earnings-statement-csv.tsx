import { statementCsv } from "@hunar/payments/statements/statement-csv";
import { statementFileName } from "#app/components/earnings/statement-period.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { loadRawStatement } from "#app/utils/earnings-statement.server.ts";
import { refuseDownloadPost } from "#app/utils/download-only.server.ts";
import { resolveLocale } from "#app/utils/locale.server.ts";
import type { Route } from "./+types/earnings-statement-csv";

/** The statement as a CSV file, in the reader's language, for spreadsheets and tax advisers. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  const { locale } = resolveLocale(request, user.preferredLocale);
  const { statement, period } = await loadRawStatement(context.db, user.id, new URL(request.url).searchParams, new Date());
  return new Response(statementCsv(statement, locale), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${statementFileName(period)}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** A download, never a form's target. */
export const action = refuseDownloadPost;
