import { data } from "react-router";
import { NotFound } from "#app/components/not-found.tsx";

// Catch-all: any unknown address renders the localised 404 inside the normal layout, with a real
// 404 status so crawlers and monitors see it.
export function loader() {
  return data(null, { status: 404 });
}

export default function NotFoundRoute() {
  return <NotFound />;
}
