// A bare React Router route: one route with a loader, rendered on the server through React
// Router's own data router (createStaticHandler + StaticRouterProvider) with no app, no database,
// no i18n and no middleware. It shows what React Router itself costs per request.
import { createServer } from "node:http";
import { renderToString } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider, useLoaderData, type RouteObject } from "react-router";

function Page() {
  const data = useLoaderData<{ rows: string[] }>();
  return (
    <main>
      <h1>Hunar</h1>
      {data.rows.map((row, i) => (
        <p key={i}>{row}</p>
      ))}
    </main>
  );
}

const routes: RouteObject[] = [{ path: "/", loader: () => ({ rows: Array.from({ length: 50 }, () => "row") }), Component: Page }];
const handler = createStaticHandler(routes);
const port = Number(process.argv[2] ?? 3202);

createServer((req, res) => {
  void (async () => {
    const request = new Request(`http://127.0.0.1:${port}${req.url ?? "/"}`, { method: req.method });
    const context = await handler.query(request);
    if (context instanceof Response) {
      res.writeHead(context.status);
      res.end();
      return;
    }
    const router = createStaticRouter(handler.dataRoutes, context);
    const html = renderToString(<StaticRouterProvider router={router} context={context} />);
    res.writeHead(context.statusCode, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="en"><head><title>bare</title></head><body>${html}</body></html>`);
  })();
}).listen(port, "127.0.0.1", () => process.send?.("ready"));
