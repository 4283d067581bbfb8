import { useTranslation } from "#app/utils/use-translation.ts";
import { NavLink } from "react-router";

const LINKS = [
  { to: "/earnings", key: "nav.earnings" },
  { to: "/earnings/payout-methods", key: "nav.payoutMethods" },
  { to: "/earnings/statements", key: "nav.statements" },
] as const;

/** Tabs between the freelancer's money pages; plain links, hidden when printing a statement. */
export function EarningsNav() {
  const { t } = useTranslation("earnings");
  return (
    <nav aria-label={t("nav.section")} className="print:hidden">
      <ul className="flex flex-wrap gap-2 border-b border-stone-200">
        {LINKS.map((link) => (
          <li key={link.to}>
            <NavLink
              to={link.to}
              end
              className={({ isActive }) =>
                `-mb-px inline-block border-b-2 px-3 py-2 ${isActive ? "border-emerald-700 font-semibold text-emerald-800" : "border-transparent text-stone-700 hover:text-stone-900"}`
              }
            >
              {t(link.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
