import { CERTIFICATE_TITLE_MAX, ISSUER_MAX } from "@hunar/profiles/certificates/certificate-input";
import { addCertificate, CERTIFICATE_FILE_FIELD, moveCertificate, removeCertificate } from "@hunar/profiles/certificates/certificates";
import { loadEditableProfile } from "@hunar/profiles/editable-profile";
import { profileStorage } from "@hunar/profiles/images/profile-files";
import type { Locale } from "@hunar/i18n/config";
import { formatDate } from "@hunar/i18n/format";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { DATE_EXAMPLE, DateField } from "@hunar/ui/date-time-field";
import { TextField } from "@hunar/ui/field";
import { FileField } from "@hunar/ui/file-field";
import { Card, Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, Form, Link } from "react-router";
import { FormErrorAlert } from "#app/components/account/form-error-alert.tsx";
import type { FormResult } from "#app/components/account/form-result.ts";
import { fieldError } from "#app/components/profiles/profile-editor.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { textField } from "#app/utils/form-data.ts";
import { writtenDate } from "#app/utils/pakistan-time.ts";
import { fileFieldTexts } from "#app/components/file-field-texts.ts";
import { isolate } from "#app/components/wallet/money.tsx";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { readProfileForm } from "#app/utils/read-profile-form.server.ts";
import type { Route } from "./+types/account-certificates";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  const profile = await loadEditableProfile(context.db, user.id);
  if (!profile) throw data({ messageKey: "profiles:errors.profileNotFound" }, { status: 404 });
  return { certificates: profile.certificates, max: profile.limits.certificates };
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  let read;
  try {
    read = await readProfileForm(request, CERTIFICATE_FILE_FIELD);
  } catch (error) {
    return formErrorResponse(error, { form: "add" as const });
  }
  const { form, file } = read;
  const intent = textField(form, "_action");
  const id = textField(form, "id");
  const values = { title: textField(form, "title"), issuer: textField(form, "issuer"), issuedOn: writtenDate(textField(form, "issuedOn")) };
  try {
    if (intent === "add")
      await addCertificate(context.db, profileStorage(), { userId: user.id, text: values, file, signal: request.signal });
    else if (intent === "remove") await removeCertificate(context.db, profileStorage(), user.id, id);
    else if (intent === "up" || intent === "down") await moveCertificate(context.db, user.id, { id, direction: intent });
    else throw data({ messageKey: "errors:invalid" }, { status: 400 });
  } catch (error) {
    return formErrorResponse(error, { form: intent === "add" ? ("add" as const) : ("list" as const), values });
  }
  return { form: intent === "add" ? ("add" as const) : ("list" as const), done: true };
}

export default function AccountCertificates({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("profiles");
  const locale = i18n.language as Locale;
  const message = useMessage();
  const { certificates, max } = loaderData;
  const add = actionData?.form === "add" ? (actionData as FormResult) : undefined;
  const list = actionData?.form === "list" ? (actionData as FormResult) : undefined;
  return (
    <Container className="flex flex-col gap-8 py-10">
      <title>{`${t("certificates.title")} · ${t("common:appName")}`}</title>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold">{t("certificates.title")}</h1>
        <Link to="/account/profile" className="font-semibold text-emerald-800 underline">
          {t("editor.title")}
        </Link>
      </div>
      {certificates.length < max ? (
        <Card className="flex flex-col gap-4">
          <h2 className="text-xl font-bold">{t("certificates.addTitle")}</h2>
          {add?.done ? <Alert tone="success">{t("certificates.added")}</Alert> : null}
          <FormErrorAlert error={add?.errors?.form} />
          <Form method="post" encType="multipart/form-data" className="flex max-w-2xl flex-col gap-4" noValidate>
            <input type="hidden" name="_action" value="add" />
            <TextField
              name="title"
              dir="auto"
              label={t("certificates.certificateTitle")}
              maxLength={CERTIFICATE_TITLE_MAX}
              defaultValue={add?.values?.title ?? ""}
              error={message(fieldError(add, "title"))}
            />
            <TextField
              name="issuer"
              dir="auto"
              label={t("certificates.issuer")}
              hint={t("certificates.issuerHint")}
              maxLength={ISSUER_MAX}
              defaultValue={add?.values?.issuer ?? ""}
              error={message(fieldError(add, "issuer"))}
            />
            <DateField
              name="issuedOn"
              label={t("certificates.issuedOn")}
              formatHint={t("common:dateTime.dateFormatHint", { example: isolate(DATE_EXAMPLE) })}
              defaultValue={add?.values?.issuedOn ?? ""}
              error={message(fieldError(add, "issuedOn"))}
            />
            <FileField
              name="file"
              accept="application/pdf,image/jpeg,image/png,image/webp"
              label={t("certificates.file")}
              hint={t("certificates.fileHint")}
              error={message(fieldError(add, "file"))}
              {...fileFieldTexts(t, locale, "one")}
            />
            <div>
              <Button type="submit">{t("certificates.add")}</Button>
            </div>
          </Form>
        </Card>
      ) : (
        <Alert tone="info">{t("certificates.full", { max })}</Alert>
      )}
      {list?.done ? <Alert tone="success">{t("editor.saved")}</Alert> : null}
      <FormErrorAlert error={list?.errors?.form} />
      <ol className="flex flex-col gap-3">
        {certificates.map((certificate, index) => (
          <li key={certificate.id}>
            <Card className="flex flex-wrap items-center justify-between gap-3">
              <div className="flex flex-col">
                <span dir="auto" className="font-semibold">
                  {certificate.title}
                </span>
                <span dir="auto" className="text-stone-700">
                  {certificate.issuer}
                  {certificate.issuedOn ? ` · ${formatDate(certificate.issuedOn, locale, { year: "numeric", month: "long" })}` : ""}
                </span>
                {certificate.fileUrl ? (
                  <a href={certificate.fileUrl} className="text-sm text-emerald-800 underline">
                    {t("certificates.openFile")}
                  </a>
                ) : null}
              </div>
              <Form method="post" className="flex flex-wrap gap-2">
                <input type="hidden" name="id" value={certificate.id} />
                {index === 0 ? null : (
                  <Button type="submit" name="_action" value="up" size="sm" variant="secondary">
                    {t("common.moveUp")}
                  </Button>
                )}
                {index === certificates.length - 1 ? null : (
                  <Button type="submit" name="_action" value="down" size="sm" variant="secondary">
                    {t("common.moveDown")}
                  </Button>
                )}
                <Button type="submit" name="_action" value="remove" size="sm" variant="danger">
                  {t("common.remove")}
                </Button>
              </Form>
            </Card>
          </li>
        ))}
      </ol>
    </Container>
  );
}
