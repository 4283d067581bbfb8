import compression from "compression";
import express, { type Express } from "express";
import { GIG_IMAGE_URL_PREFIX } from "@hunar/gigs/images/gig-image-urls";
import { gigImageStorage } from "@hunar/gigs/images/default-storage";
import { chatAttachmentStorage } from "@hunar/chat/attachments/default-storage";
import { paymentsEnv } from "@hunar/payments/env";
import { limitRequestBodies } from "./body-limit.ts";
import { chatAttachments } from "./chat-attachments.ts";
import { errorHandler } from "./error-handler.ts";
import { gigImages } from "./gig-images.ts";
import { healthCheck } from "./health.ts";
import { rejectMalformedPaths } from "./malformed-path.ts";
import { requireSameOriginMutations } from "./mutation-origin.ts";
import { paymentCallback } from "./payment-callback.ts";
import { noStoreForSessions } from "./private-responses.ts";
import { reactRouterHandler } from "./react-router.ts";
import { requestContext } from "./request-context.ts";
import { securityHeaders } from "./security-headers.ts";
import type { AppServices } from "./services.ts";
import { leaveToSocketIo } from "./socket-io-requests.ts";
import { staticAssets } from "./static-assets.ts";
import { localeStrings } from "./locale-strings.ts";
import { trpcMiddleware } from "./trpc.ts";

/** The Express app: pure composition of middleware over long-lived services. */
export function createApp(services: AppServices): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", services.env.trustProxy);

  app.use(leaveToSocketIo(services.realtime.io.path()));
  app.use(requestContext(services.log));
  app.use(rejectMalformedPaths);
  app.use(
    securityHeaders({
      origins: services.allowedOrigins,
      https: services.env.publicOrigins.some((origin) => origin.startsWith("https:")),
    }),
  );
  // Before anything reads a body: each is refused (413) past the limit of where it goes.
  app.use(limitRequestBodies());
  app.use(compression());
  if (services.clientDir !== null) app.use(staticAssets(services.clientDir));
  app.use(localeStrings());
  app.use(GIG_IMAGE_URL_PREFIX, gigImages(gigImageStorage()));
  // Everything from here on may depend on the session: no shared cache keeps it.
  app.use(noStoreForSessions);
  // Chat files: uploads check their own Origin; downloads are for the conversation's people only.
  app.use(chatAttachments({ db: services.db, storage: chatAttachmentStorage(), allowedOrigins: services.allowedOrigins }));

  app.get("/healthz", healthCheck(services.db));
  app.use("/api/trpc", services.inFlight.track(trpcMiddleware(services)));
  // Payment gateways post server to server (no Origin); their HMAC signature authenticates them.
  app.use("/api/payments/callback", paymentCallback(services.db, { secret: paymentsEnv.gatewaySecret }));
  app.use(requireSameOriginMutations(services.allowedOrigins), services.inFlight.track(reactRouterHandler(services)));

  app.use(errorHandler);
  return app;
}
