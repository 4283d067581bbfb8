import { isAppError } from "@hunar/core/app-error";
import { searchUsers } from "@hunar/auth/admin-users";
import { formatDate } from "@hunar/i18n/format";
import { Alert } from "@hunar/ui/alert";
import { Button, buttonClassName } from "@hunar/ui/button";
import { TextField } from "@hunar/ui/field";
import { Card, Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, Form, Link } from "react-router";
import { UserRoles, UserStateBadges } from "#app/components/admin/user-badges.tsx";
import { NextPageLink } from "#app/components/gigs/next-page-link.tsx";
import { useLocale } from "#app/components/wallet/money.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { requireAdmin } from "#app/utils/auth.server.ts";
import { pageError } from "#app/utils/route-errors.server.ts";
import type { Route } from "./+types/admin-users";

/** Accounts for admins: a GET search by name, e-mail or handle, in keyset pages, readable without JavaScript. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = await requireAdmin(request, context);
  const params = new URL(request.url).searchParams;
  const q = params.get("q") ?? "";
  try {
    const page = await searchUsers(context.db, { userId: user.id }, { q, cursor: params.get("cursor") ?? "" });
    return { q, page, errors: null };
  } catch (error) {
    if (!isAppError(error) || error.code !== "BAD_INPUT") pageError(error);
    return data({ q, page: null, errors: error.fields ?? {} }, { status: 400 });
  }
}

export default function AdminUsers({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("admin");
  const locale = useLocale();
  const message = useMessage();
  const { q, page, errors } = loaderData;
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${t("users.title")} · ${t("common:appName")}`}</title>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("users.title")}</h1>
        <p className="text-stone-700">{t("users.intro")}</p>
      </div>
      {errors ? <Alert tone="error">{t("users.invalid")}</Alert> : null}
      <Card>
        <Form method="get" role="search" className="flex flex-wrap items-end gap-3">
          <TextField
            name="q"
            type="search"
            label={t("users.searchLabel")}
            hint={t("users.searchHint")}
            dir="auto"
            maxLength={100}
            defaultValue={q}
            error={message(errors?.q)}
            className="min-w-0 flex-1"
          />
          <Button type="submit">{t("users.search")}</Button>
          {q ? (
            <Link to="/admin/users" className={buttonClassName("ghost")}>
              {t("users.clear")}
            </Link>
          ) : null}
        </Form>
        {errors?.cursor ? <p className="mt-2 text-sm text-red-800">{message(errors.cursor)}</p> : null}
      </Card>
      {page && page.users.length === 0 ? <p className="text-stone-700">{t("users.empty")}</p> : null}
      {page && page.users.length > 0 ? (
        <section aria-labelledby="users-results" className="flex flex-col gap-3">
          <h2 id="users-results" className="text-xl font-semibold">
            {t("users.resultsTitle")}
          </h2>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-start text-sm">
              <thead>
                <tr className="border-b border-stone-300">
                  <th scope="col" className="px-2 py-2 text-start font-semibold">
                    {t("users.columns.name")}
                  </th>
                  <th scope="col" className="px-2 py-2 text-start font-semibold">
                    {t("users.columns.email")}
                  </th>
                  <th scope="col" className="px-2 py-2 text-start font-semibold">
                    {t("users.columns.handle")}
                  </th>
                  <th scope="col" className="px-2 py-2 text-start font-semibold">
                    {t("users.columns.roles")}
                  </th>
                  <th scope="col" className="px-2 py-2 text-start font-semibold">
                    {t("users.columns.created")}
                  </th>
                  <th scope="col" className="px-2 py-2 text-start font-semibold">
                    {t("users.columns.state")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.users.map((row) => (
                  <tr key={row.id} className="border-b border-stone-200 align-top">
                    <td className="px-2 py-2">
                      <Link to={`/admin/users/${row.id}`} className="font-medium break-words text-emerald-800 underline">
                        <bdi>{row.displayName}</bdi>
                      </Link>
                    </td>
                    <td className="px-2 py-2 break-all" dir="ltr">
                      {row.email}
                    </td>
                    <td className="px-2 py-2 break-all">{row.handle ? <bdi dir="ltr">@{row.handle}</bdi> : t("users.noHandle")}</td>
                    <td className="px-2 py-2">
                      <UserRoles isAdmin={row.isAdmin} intent={row.intent} />
                    </td>
                    <td className="px-2 py-2 whitespace-nowrap">{formatDate(row.createdAt, locale)}</td>
                    <td className="px-2 py-2">
                      <UserStateBadges suspended={row.suspendedAt !== null} cnicVerified={row.cnicVerified} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {page ? <NextPageLink cursor={page.nextCursor} /> : null}
    </Container>
  );
}
