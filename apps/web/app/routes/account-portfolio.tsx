import { loadEditableProfile } from "@hunar/profiles/editable-profile";
import { fileError } from "@hunar/profiles/images/image-errors";
import { profileStorage } from "@hunar/profiles/images/profile-files";
import { PORTFOLIO_DESCRIPTION_MAX, PORTFOLIO_TITLE_MAX } from "@hunar/profiles/portfolio/portfolio-input";
import {
  addPortfolioItem,
  movePortfolioItem,
  PORTFOLIO_IMAGE_FIELD,
  removePortfolioItem,
  updatePortfolioItem,
} from "@hunar/profiles/portfolio/portfolio";
import { Button } from "@hunar/ui/button";
import { TextField } from "@hunar/ui/field";
import { FileField } from "@hunar/ui/file-field";
import { Card, Container } from "@hunar/ui/layout";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, Form, Link } from "react-router";
import { FormErrorAlert } from "#app/components/account/form-error-alert.tsx";
import { fileFieldTexts } from "#app/components/file-field-texts.ts";
import type { FormResult } from "#app/components/account/form-result.ts";
import { fieldError } from "#app/components/profiles/profile-editor.tsx";
import { Alert } from "@hunar/ui/alert";
import { useMessage } from "#app/hooks/use-message.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { textField } from "#app/utils/form-data.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { readProfileForm } from "#app/utils/read-profile-form.server.ts";
import type { Route } from "./+types/account-portfolio";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  const profile = await loadEditableProfile(context.db, user.id);
  if (!profile) throw data({ messageKey: "profiles:errors.profileNotFound" }, { status: 404 });
  return { items: profile.portfolio, max: profile.limits.portfolio, handle: profile.handle };
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  let read;
  try {
    read = await readProfileForm(request, PORTFOLIO_IMAGE_FIELD);
  } catch (error) {
    return formErrorResponse(error, { form: "add", id: null });
  }
  const { form, file } = read;
  const intent = textField(form, "_action");
  const id = textField(form, "id");
  const text = { title: textField(form, "title"), description: textField(form, "description"), link: textField(form, "link") };
  try {
    if (intent === "add") {
      if (!file) throw fileError(PORTFOLIO_IMAGE_FIELD, "empty");
      await addPortfolioItem(context.db, profileStorage(), { userId: user.id, bytes: file.bytes, text, signal: request.signal });
    } else if (intent === "edit") await updatePortfolioItem(context.db, user.id, { id, ...text });
    else if (intent === "remove") await removePortfolioItem(context.db, profileStorage(), user.id, id);
    else if (intent === "up" || intent === "down") await movePortfolioItem(context.db, user.id, { id, direction: intent });
    else throw data({ messageKey: "errors:invalid" }, { status: 400 });
  } catch (error) {
    return formErrorResponse(error, { form: intent === "add" ? "add" : "item", id: intent === "add" ? null : id, values: text });
  }
  return { form: intent === "add" ? "add" : "item", id: intent === "add" ? null : id, done: true };
}

export default function AccountPortfolio({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("profiles");
  const { items, max, handle } = loaderData;
  const resultFor = (form: string, id: string | null): FormResult | undefined =>
    actionData && actionData.form === form && actionData.id === id ? actionData : undefined;
  return (
    <Container className="flex flex-col gap-8 py-10">
      <title>{`${t("portfolio.title")} · ${t("common:appName")}`}</title>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold">{t("portfolio.title")}</h1>
        <nav aria-label={t("editor.navLabel")} className="flex flex-wrap gap-4 font-semibold text-emerald-800">
          <Link to="/account/profile" className="underline">
            {t("editor.title")}
          </Link>
          {handle ? (
            <Link to={`/u/${handle}`} className="underline">
              {t("editor.viewPublic")}
            </Link>
          ) : null}
        </nav>
      </div>
      <p className="text-stone-700">{t("portfolio.count", { count: items.length, max })}</p>
      {items.length < max ? <AddItemForm result={resultFor("add", null)} /> : <Alert tone="info">{t("portfolio.full", { max })}</Alert>}
      <ol className="flex flex-col gap-4">
        {items.map((item, index) => (
          <li key={item.id}>
            <ItemForm item={item} first={index === 0} last={index === items.length - 1} result={resultFor("item", item.id)} />
          </li>
        ))}
      </ol>
    </Container>
  );
}

function TextFields({
  values,
  result,
}: {
  values: { title?: string; description?: string | null; link?: string | null };
  result: FormResult | undefined;
}) {
  const { t } = useTranslation("profiles");
  const message = useMessage();
  return (
    <>
      <TextField
        name="title"
        dir="auto"
        label={t("portfolio.itemTitle")}
        maxLength={PORTFOLIO_TITLE_MAX}
        defaultValue={result?.values?.title ?? values.title ?? ""}
        error={message(fieldError(result, "title"))}
      />
      <TextAreaField
        name="description"
        dir="auto"
        rows={3}
        label={t("portfolio.description")}
        maxLength={PORTFOLIO_DESCRIPTION_MAX}
        defaultValue={result?.values?.description ?? values.description ?? ""}
        error={message(fieldError(result, "description"))}
      />
      <TextField
        name="link"
        type="url"
        dir="ltr"
        label={t("portfolio.link")}
        hint={t("portfolio.linkHint")}
        defaultValue={result?.values?.link ?? values.link ?? ""}
        error={message(fieldError(result, "link"))}
      />
    </>
  );
}

function AddItemForm({ result }: { result: FormResult | undefined }) {
  const { t, i18n } = useTranslation("profiles");
  const message = useMessage();
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-xl font-bold">{t("portfolio.addTitle")}</h2>
      {result?.done ? <Alert tone="success">{t("portfolio.added")}</Alert> : null}
      <FormErrorAlert error={result?.errors?.form} />
      <Form method="post" encType="multipart/form-data" className="flex max-w-2xl flex-col gap-4" noValidate>
        <input type="hidden" name="_action" value="add" />
        <FileField
          name="image"
          accept="image/jpeg,image/png,image/webp"
          label={t("portfolio.image")}
          hint={t("portfolio.imageHint")}
          error={message(fieldError(result, "image"))}
          {...fileFieldTexts(t, i18n.language, "one")}
        />
        <TextFields values={{}} result={result} />
        <div>
          <Button type="submit">{t("portfolio.add")}</Button>
        </div>
      </Form>
    </Card>
  );
}

type Item = Route.ComponentProps["loaderData"]["items"][number];

function ItemForm({ item, first, last, result }: { item: Item; first: boolean; last: boolean; result: FormResult | undefined }) {
  const { t } = useTranslation("profiles");
  return (
    <Card className="flex flex-col gap-4 sm:flex-row">
      <img src={item.thumbnail} width={item.width} height={item.height} alt="" className="h-32 w-44 shrink-0 rounded object-cover" />
      <div className="flex min-w-0 flex-1 flex-col gap-3">
        {result?.done ? <Alert tone="success">{t("editor.saved")}</Alert> : null}
        <FormErrorAlert error={result?.errors?.form} />
        <Form method="post" className="flex flex-col gap-3" noValidate>
          <input type="hidden" name="id" value={item.id} />
          <TextFields values={item} result={result} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" name="_action" value="edit" size="sm">
              {t("editor.save")}
            </Button>
            {first ? null : (
              <Button type="submit" name="_action" value="up" size="sm" variant="secondary">
                {t("common.moveUp")}
              </Button>
            )}
            {last ? null : (
              <Button type="submit" name="_action" value="down" size="sm" variant="secondary">
                {t("common.moveDown")}
              </Button>
            )}
            <Button type="submit" name="_action" value="remove" size="sm" variant="danger">
              {t("common.remove")}
            </Button>
          </div>
        </Form>
      </div>
    </Card>
  );
}
