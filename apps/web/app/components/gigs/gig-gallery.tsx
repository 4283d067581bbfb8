import type { Locale } from "@hunar/i18n/config";
import { useTranslation } from "#app/utils/use-translation.ts";
import { pickLocalized } from "#app/utils/localized.ts";

export interface GalleryImage {
  id: string;
  src: string;
  srcSet: string;
  width: number;
  height: number;
  /** The largest stored variant, opened when a thumbnail is followed. */
  large: string;
  altUr: string | null;
  altEn: string | null;
}

/** The first image large, the others beside it; all plain <img>, so nothing waits for scripts. */
export function GigGallery({ images, title }: { images: GalleryImage[]; title: string }) {
  const { t, i18n } = useTranslation("pages");
  const locale = i18n.language as Locale;
  const alt = (image: GalleryImage, number: number) =>
    pickLocalized({ ur: image.altUr, en: image.altEn }, locale)?.text ?? t("gig.imageAlt", { title, number });
  const [first, ...rest] = images;
  if (!first) return null;
  return (
    <section aria-label={t("gig.imagesTitle")} className="flex flex-col gap-3">
      <img
        src={first.src}
        srcSet={first.srcSet}
        sizes="(min-width: 1024px) 48rem, 100vw"
        width={first.width}
        height={first.height}
        alt={alt(first, 1)}
        className="aspect-[4/3] w-full rounded-lg bg-stone-100 object-cover"
      />
      {rest.length > 0 ? (
        <ul className="grid grid-cols-4 gap-3">
          {rest.map((image, index) => (
            <li key={image.id}>
              <a href={image.large} className="block">
                <img
                  src={image.src}
                  width={image.width}
                  height={image.height}
                  alt={alt(image, index + 2)}
                  loading="lazy"
                  className="aspect-[4/3] w-full rounded-md bg-stone-100 object-cover"
                />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
