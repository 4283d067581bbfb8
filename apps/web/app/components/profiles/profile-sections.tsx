import type { Locale } from "@hunar/i18n/config";
import { formatDate, formatRelativeTime } from "@hunar/i18n/format";
import type { PublicCertificate, PublicPortfolioItem } from "@hunar/profiles/public-profile";
import { Card } from "@hunar/ui/layout";
import type { TFunction } from "i18next";
import { useTranslation } from "#app/utils/use-translation.ts";
import { languageKey } from "#app/utils/catalog-options.ts";

export function languageName(t: TFunction, code: string): string {
  const key = languageKey(code);
  return key ? t(`pages:${key}`) : code;
}

/** Badges for what an admin verified; the numbers themselves never reach the page. */
export function VerificationBadges({ badges }: { badges: { cnicVerified: boolean; psebVerified: boolean } }) {
  const { t } = useTranslation("profiles");
  if (!badges.cnicVerified && !badges.psebVerified) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t("public.verifiedTitle")}>
      {badges.cnicVerified ? (
        <li className="rounded-full bg-emerald-100 px-3 py-1 text-sm font-semibold text-emerald-900">{t("public.cnicVerified")}</li>
      ) : null}
      {badges.psebVerified ? (
        <li className="rounded-full bg-sky-100 px-3 py-1 text-sm font-semibold text-sky-900">{t("public.psebVerified")}</li>
      ) : null}
    </ul>
  );
}

export function LanguagesAndSkills({ languages, skills }: { languages: { code: string; level: string }[]; skills: string[] }) {
  const { t } = useTranslation("profiles");
  return (
    <Card className="flex flex-col gap-3">
      {languages.length > 0 ? (
        <section aria-labelledby="profile-languages" className="flex flex-col gap-1">
          <h2 id="profile-languages" className="font-bold">
            {t("public.languagesTitle")}
          </h2>
          <ul className="flex flex-col gap-1 text-sm">
            {languages.map((language) => (
              <li key={language.code}>
                {languageName(t, language.code)} <span className="text-stone-600">({t(`levels.${language.level}`)})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {skills.length > 0 ? (
        <section aria-labelledby="profile-skills" className="flex flex-col gap-1">
          <h2 id="profile-skills" className="font-bold">
            {t("public.skillsTitle")}
          </h2>
          <ul className="flex flex-wrap gap-2 text-sm">
            {skills.map((skill) => (
              <li key={skill} dir="auto" className="rounded-full border border-stone-300 px-3 py-1">
                {skill}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Card>
  );
}

export function LastSeen({ at }: { at: Date | string | null }) {
  const { t, i18n } = useTranslation("profiles");
  if (!at) return null;
  return <p className="text-sm text-stone-600">{t("public.lastSeen", { when: formatRelativeTime(at, i18n.language as Locale) })}</p>;
}

/** The person's work: each image with its title, description and (their own, unendorsed) link. */
export function PortfolioGrid({ items }: { items: PublicPortfolioItem[] }) {
  const { t } = useTranslation("profiles");
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="profile-portfolio" className="flex flex-col gap-4">
      <h2 id="profile-portfolio" className="text-2xl font-bold">
        {t("public.portfolioTitle")}
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {items.map((item) => (
          <li key={item.id}>
            <Card className="flex h-full flex-col gap-2 p-0">
              <img
                src={item.image.src}
                srcSet={item.image.srcSet}
                sizes="(min-width: 640px) 24rem, 100vw"
                width={item.image.width}
                height={item.image.height}
                alt={item.title}
                loading="lazy"
                className="aspect-[4/3] w-full rounded-t-lg object-cover"
              />
              <div className="flex flex-col gap-1 p-4 pt-0">
                <h3 dir="auto" className="font-bold">
                  {item.title}
                </h3>
                {item.description ? (
                  <p dir="auto" className="whitespace-pre-line text-sm text-stone-700">
                    {item.description}
                  </p>
                ) : null}
                {item.link ? (
                  <a
                    href={item.link}
                    rel="nofollow ugc noopener noreferrer"
                    target="_blank"
                    className="text-sm text-emerald-800 underline"
                    dir="ltr"
                  >
                    {t("public.portfolioLink")}
                  </a>
                ) : null}
              </div>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CertificateList({ certificates }: { certificates: PublicCertificate[] }) {
  const { t, i18n } = useTranslation("profiles");
  if (certificates.length === 0) return null;
  return (
    <section aria-labelledby="profile-certificates" className="flex flex-col gap-3">
      <h2 id="profile-certificates" className="text-2xl font-bold">
        {t("public.certificatesTitle")}
      </h2>
      <ul className="flex flex-col gap-2">
        {certificates.map((certificate) => (
          <li key={certificate.id} className="flex flex-wrap items-baseline gap-x-3">
            <span dir="auto" className="font-semibold">
              {certificate.title}
            </span>
            <span dir="auto" className="text-stone-700">
              {certificate.issuer}
            </span>
            {certificate.issuedOn ? (
              <span className="text-sm text-stone-600">
                {formatDate(certificate.issuedOn, i18n.language as Locale, { year: "numeric", month: "long" })}
              </span>
            ) : null}
            {certificate.file ? (
              <a href={certificate.file.url} className="text-sm text-emerald-800 underline">
                {certificate.file.kind === "pdf" ? t("public.certificatePdf") : t("public.certificateImage")}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
