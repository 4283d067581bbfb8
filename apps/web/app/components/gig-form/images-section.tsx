import { MAX_IMAGE_MB } from "@hunar/gigs/images/limits";
import { MAX_IMAGES } from "@hunar/gigs/validation";
import { FileField } from "@hunar/ui/file-field";
import { Card } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { fileFieldTexts } from "#app/components/file-field-texts.ts";

export interface ImagePreview {
  id: string;
  src: string;
}

/**
 * The gig's images: the ones already uploaded stay while their box is ticked (in order, the first
 * is the cover), new files are added after them. Uploaded files are kept even when the rest of
 * the form is sent back with errors, so nobody has to choose them again.
 */
export function ImagesSection({ images, error }: { images: ImagePreview[]; error: string | undefined }) {
  const { t, i18n } = useTranslation("images");
  const hint = t("hint", { max: MAX_IMAGES, maxMb: MAX_IMAGE_MB });
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-xl font-bold">{t("label")}</h2>
      {images.length > 0 ? (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {images.map((image, index) => (
            <li key={image.id} className="flex flex-col gap-2">
              <img
                src={image.src}
                alt={t("pages:gigForm.imageNumber", { number: index + 1 })}
                className="aspect-[4/3] w-full rounded-md bg-stone-100 object-cover"
              />
              <label className="inline-flex items-center gap-2 text-sm">
                <input type="checkbox" name="imageIds" value={image.id} defaultChecked className="size-4 accent-emerald-700" />
                {t("pages:gigForm.keepImage")}
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      <FileField
        id="gig-images"
        name="images"
        multiple
        accept="image/jpeg,image/png,image/webp"
        label={t("pages:gigForm.addImages")}
        hint={hint}
        error={error}
        {...fileFieldTexts(t, i18n.language, "images")}
      />
    </Card>
  );
}
