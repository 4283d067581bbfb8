import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, useNavigation } from "react-router";
import { useFormValidation } from "#app/hooks/use-form-validation.ts";
import { useMessage } from "#app/hooks/use-message.ts";
import type { Message } from "#app/utils/form-errors.ts";
import type { GigFormFields } from "#app/utils/gig-form-data.ts";
import { ExtrasSection } from "./extras-section.tsx";
import { FaqsSection } from "./faqs-section.tsx";
import { ImagesSection, type ImagePreview } from "./images-section.tsx";
import { PackagesSection } from "./packages-section.tsx";
import { RequirementsSection } from "./requirements-section.tsx";
import { type CategoryChoice, TextSection } from "./text-section.tsx";
import { validateGigForm } from "./validate-gig-form.ts";
import { FormErrorAlert } from "#app/components/account/form-error-alert.tsx";

export interface GigFormProps {
  fields: GigFormFields;
  /** Field errors keyed by the form's field names (slots), from the server. */
  errors: Record<string, Message> | undefined;
  formError: Message | undefined;
  categories: CategoryChoice[];
  images: ImagePreview[];
  /** null for a new gig. */
  status: string | null;
}

/**
 * The whole listing in one multipart form. "Save draft" keeps it private; "Submit for review"
 * saves and sends it to the moderators. A published gig's edit is reviewed on its own while the
 * published version stays up, so it has a single "Save changes".
 */
export function GigForm({ fields, errors, formError, categories, images, status }: GigFormProps) {
  const { t } = useTranslation("gigs");
  const message = useMessage();
  const navigation = useNavigation();
  const { formProps, errorFor } = useFormValidation(validateGigForm, errors);
  const error = (name: string) => message(errorFor(name));
  const liveEdit = status === "PUBLISHED" || status === "PAUSED";
  const busy = navigation.state === "submitting";
  return (
    <Form method="post" encType="multipart/form-data" className="flex flex-col gap-6" {...formProps}>
      <FormErrorAlert error={formError} />
      {errorFor("form") ? <Alert tone="error">{error("form")}</Alert> : null}
      <TextSection fields={fields} error={error} categories={categories} />
      <PackagesSection fields={fields} error={error} />
      <ExtrasSection fields={fields} error={error} />
      <FaqsSection fields={fields} error={error} />
      <RequirementsSection fields={fields} error={error} />
      <ImagesSection images={images} error={error("images")} />
      <div className="flex flex-wrap items-center gap-3">
        {liveEdit ? (
          <Button type="submit" name="intent" value="save" size="lg" disabled={busy}>
            {t("form.saveChanges")}
          </Button>
        ) : (
          // "Save draft" comes first: pressing Enter in a field saves, it never submits for review.
          <>
            <Button type="submit" name="intent" value="save" size="lg" variant="secondary" disabled={busy}>
              {t("form.saveDraft")}
            </Button>
            <Button type="submit" name="intent" value="submit" size="lg" disabled={busy}>
              {t("form.submitForReview")}
            </Button>
          </>
        )}
      </div>
      {liveEdit ? <p className="text-stone-700">{t("pages:gigForm.liveEditNote")}</p> : null}
    </Form>
  );
}
