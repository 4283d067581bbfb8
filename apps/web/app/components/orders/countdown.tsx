import { formatDate, formatRelativeTime } from "@hunar/i18n/format";
import { useEffect, useState } from "react";
import { useLocale } from "#app/components/wallet/money.tsx";

const MINUTE_MS = 60_000;

/**
 * A moment shown both ways: the date and time in Pakistan time, and how far away it is. The
 * server renders the distance from the loader's clock, so the first render in the browser
 * matches; with JavaScript it then keeps counting every minute.
 */
export function Countdown({ to, serverNow }: { to: string; serverNow: string }) {
  const locale = useLocale();
  const [now, setNow] = useState(() => new Date(serverNow));
  useEffect(() => {
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), MINUTE_MS);
    return () => clearInterval(timer);
  }, []);
  return (
    <span>
      <time dateTime={to}>{formatDate(to, locale, { dateStyle: "long", timeStyle: "short" })}</time>{" "}
      <span className="text-stone-600" data-countdown>
        ({formatRelativeTime(to, locale, now)})
      </span>
    </span>
  );
}
