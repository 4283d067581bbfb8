import { PAKISTAN_CITIES } from "@hunar/i18n/cities";
import type { Locale } from "@hunar/i18n/config";
import type { EditableProfile } from "@hunar/profiles/editable-profile";
import { HANDLE_MAX } from "@hunar/profiles/handle-rules";
import { BIO_MAX, HEADLINE_MAX, LANGUAGE_LEVELS, PROFILE_LANGUAGES } from "@hunar/profiles/profile-options";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { TextField } from "@hunar/ui/field";
import { FileField } from "@hunar/ui/file-field";
import { Card } from "@hunar/ui/layout";
import { SelectField } from "@hunar/ui/select";
import { TextAreaField } from "@hunar/ui/text-area";
import type { ReactNode } from "react";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { FormErrorAlert } from "#app/components/account/form-error-alert.tsx";
import { fileFieldTexts } from "#app/components/file-field-texts.ts";
import type { FormResult } from "#app/components/account/form-result.ts";
import { useMessage } from "#app/hooks/use-message.ts";
import { languageName } from "./profile-sections.tsx";

/** The first error among fields named `name` or under it (`languages.0.code` for `languages`). */
export function fieldError(result: FormResult | undefined, name: string) {
  const fields = result?.errors?.fields ?? {};
  const key = Object.keys(fields).find((field) => field === name || field.startsWith(`${name}.`));
  return key ? fields[key] : undefined;
}

function Section({ title, result, children }: { title: string; result: FormResult | undefined; children: ReactNode }) {
  const { t } = useTranslation("profiles");
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-xl font-bold">{title}</h2>
      {result?.done ? <Alert tone="success">{t("editor.saved")}</Alert> : null}
      <FormErrorAlert error={result?.errors?.form} />
      {children}
    </Card>
  );
}

export function ProfileDetailsForm({ profile, result }: { profile: EditableProfile; result: FormResult | undefined }) {
  const { t, i18n } = useTranslation("profiles");
  const locale = i18n.language as Locale;
  const message = useMessage();
  const posted = result?.values;
  const value = (name: string, saved: string | null) => (posted ? (posted[name] ?? "") : (saved ?? ""));
  const levelOf = (code: string) =>
    posted ? (posted[`level.${code}`] ?? "") : (profile.languages.find((l) => l.code === code)?.level ?? "");
  const error = (name: string) => message(fieldError(result, name));
  return (
    <Section title={t("editor.detailsTitle")} result={result}>
      <Form method="post" className="flex max-w-2xl flex-col gap-5" noValidate>
        <input type="hidden" name="_action" value="profile" />
        <p className="text-sm text-stone-600">{t("editor.bilingualHint")}</p>
        <TextField
          name="headlineUr"
          lang="ur"
          dir="rtl"
          label={t("editor.headlineUr")}
          maxLength={HEADLINE_MAX}
          defaultValue={value("headlineUr", profile.headlineUr)}
          error={error("headlineUr")}
        />
        <TextField
          name="headlineEn"
          lang="en"
          dir="ltr"
          label={t("editor.headlineEn")}
          maxLength={HEADLINE_MAX}
          defaultValue={value("headlineEn", profile.headlineEn)}
          error={error("headlineEn")}
        />
        <TextAreaField
          name="bioUr"
          lang="ur"
          dir="rtl"
          rows={5}
          label={t("editor.bioUr")}
          maxLength={BIO_MAX}
          defaultValue={value("bioUr", profile.bioUr)}
          error={error("bioUr")}
          hint={t("editor.bioHint")}
        />
        <TextAreaField
          name="bioEn"
          lang="en"
          dir="ltr"
          rows={5}
          label={t("editor.bioEn")}
          maxLength={BIO_MAX}
          defaultValue={value("bioEn", profile.bioEn)}
          error={error("bioEn")}
        />
        <SelectField name="city" label={t("editor.city")} defaultValue={value("city", profile.city)} error={error("city")}>
          <option value="">{t("editor.cityNone")}</option>
          {PAKISTAN_CITIES.map((city) => (
            <option key={city.en} value={city.en}>
              {city[locale]}
            </option>
          ))}
        </SelectField>
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-1 font-semibold">{t("editor.languages")}</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            {PROFILE_LANGUAGES.map((code) => (
              <SelectField key={code} name={`level.${code}`} label={languageName(t, code)} defaultValue={levelOf(code)}>
                <option value="">{t("editor.levelNone")}</option>
                {LANGUAGE_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {t(`levels.${level}`)}
                  </option>
                ))}
              </SelectField>
            ))}
          </div>
          {error("languages") ? <p className="text-sm font-semibold text-red-800">{error("languages")}</p> : null}
        </fieldset>
        <TextField
          name="skills"
          dir="auto"
          label={t("editor.skills")}
          hint={t("editor.skillsHint")}
          defaultValue={posted ? (posted.skills ?? "") : profile.skills.join("، ")}
          error={error("skills")}
        />
        <label className="flex items-start gap-3">
          <input
            type="checkbox"
            name="showFirstNameOnly"
            defaultChecked={posted ? posted.showFirstNameOnly === "on" : profile.showFirstNameOnly}
            className="mt-2 size-5"
          />
          <span className="flex flex-col">
            <span className="font-semibold">{t("editor.firstNameOnly")}</span>
            <span className="text-sm text-stone-600">{t("editor.firstNameOnlyHint")}</span>
          </span>
        </label>
        <div>
          <Button type="submit">{t("editor.save")}</Button>
        </div>
      </Form>
    </Section>
  );
}

export function HandleForm({ handle, result }: { handle: string | null; result: FormResult | undefined }) {
  const { t } = useTranslation("profiles");
  const message = useMessage();
  return (
    <Section title={t("editor.handleTitle")} result={result}>
      <Form method="post" className="flex max-w-lg flex-col gap-4" noValidate>
        <input type="hidden" name="_action" value="handle" />
        <input type="hidden" name="previous" value={handle ?? ""} />
        <TextField
          name="handle"
          dir="ltr"
          autoCapitalize="none"
          spellCheck={false}
          label={t("editor.handle")}
          hint={t("editor.handleHint", { max: HANDLE_MAX })}
          maxLength={HANDLE_MAX}
          defaultValue={result?.values?.handle ?? handle ?? ""}
          error={message(fieldError(result, "handle"))}
        />
        <div>
          <Button type="submit">{t("editor.saveHandle")}</Button>
        </div>
      </Form>
    </Section>
  );
}

export function PhotoForm({ photo, hidden, result }: { photo: EditableProfile["photo"]; hidden: boolean; result: FormResult | undefined }) {
  const { t, i18n } = useTranslation("profiles");
  const message = useMessage();
  return (
    <Section title={t("editor.photoTitle")} result={result}>
      {photo ? (
        <img src={photo.src} width={128} height={128} alt={t("editor.photoCurrent")} className="size-32 rounded-full object-cover" />
      ) : null}
      {hidden ? <p className="text-sm text-stone-600">{t("editor.photoHidden")}</p> : null}
      <Form method="post" encType="multipart/form-data" className="flex max-w-lg flex-col gap-4">
        <input type="hidden" name="_action" value="photo" />
        <FileField
          name="photo"
          accept="image/jpeg,image/png,image/webp"
          label={t("editor.photo")}
          hint={t("editor.photoHint")}
          error={message(fieldError(result, "photo"))}
          {...fileFieldTexts(t, i18n.language, "one")}
        />
        <div>
          <Button type="submit">{t("editor.uploadPhoto")}</Button>
        </div>
      </Form>
      {photo ? (
        <Form method="post">
          <input type="hidden" name="_action" value="removePhoto" />
          <Button type="submit" variant="secondary" size="sm">
            {t("editor.removePhoto")}
          </Button>
        </Form>
      ) : null}
    </Section>
  );
}

export function PrivateDetailsForm({ details, result }: { details: EditableProfile["private"]; result: FormResult | undefined }) {
  const { t } = useTranslation("profiles");
  const message = useMessage();
  const value = (name: "cnic" | "ntn" | "psebNumber") => result?.values?.[name] ?? details[name] ?? "";
  return (
    <Section title={t("editor.privateTitle")} result={result}>
      <p className="text-sm text-stone-600">{t("editor.privateHint")}</p>
      <Form method="post" className="flex max-w-lg flex-col gap-4" noValidate>
        <input type="hidden" name="_action" value="private" />
        <TextField
          name="cnic"
          dir="ltr"
          inputMode="numeric"
          autoComplete="off"
          label={t("editor.cnic")}
          hint={details.cnicVerified ? t("editor.verified") : t("editor.cnicHint")}
          defaultValue={value("cnic")}
          error={message(fieldError(result, "cnic"))}
        />
        <TextField
          name="ntn"
          dir="ltr"
          autoComplete="off"
          label={t("editor.ntn")}
          defaultValue={value("ntn")}
          error={message(fieldError(result, "ntn"))}
        />
        <TextField
          name="psebNumber"
          dir="ltr"
          autoComplete="off"
          label={t("editor.pseb")}
          hint={details.psebVerified ? t("editor.verified") : t("editor.psebHint")}
          defaultValue={value("psebNumber")}
          error={message(fieldError(result, "psebNumber"))}
        />
        <div>
          <Button type="submit">{t("editor.savePrivate")}</Button>
        </div>
      </Form>
    </Section>
  );
}
