/**
 * The `action` of a route that only serves a file (a download, a CSV): a post to it gets a short
 * answer in both languages instead of React Router's bare English 405.
 */
export function refuseDownloadPost(): never {
  throw new Response("یہ فائل صرف ڈاؤن لوڈ ہو سکتی ہے۔\nThis file can only be downloaded.\n", {
    status: 405,
    headers: { Allow: "GET", "Content-Type": "text/plain; charset=utf-8" },
  });
}
