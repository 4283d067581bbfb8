import type { IncomingMessage, ServerResponse } from "node:http";
import type { Response } from "express";
import helmet from "helmet";

interface SecurityHeaderOptions {
  /** The site's own origins; sockets may connect back to them over ws/wss. */
  origins: () => readonly string[];
  /** The public origin is https (so HSTS and upgrade-insecure-requests make sense). */
  https: boolean;
}

const nonce = (_req: IncomingMessage, res: ServerResponse) => `'nonce-${(res as Response).locals.cspNonce}'`;

// CSP host sources cannot be IPv6 literals ("ws://[::1]:3000" is rejected as invalid); such an
// origin is still covered by 'self' when it is the page's own.
function socketOrigins(origins: readonly string[]): string[] {
  return origins.filter((origin) => !origin.includes("[")).map((origin) => origin.replace(/^http/, "ws"));
}

/**
 * Powerful browser features no page of ours uses, switched off for our pages and anything they
 * embed: an injected script cannot ask for the camera, and neither can a framed file. Only names
 * browsers know are listed (an unknown one is a console warning on every page). A page that comes
 * to need one allows it here, for itself only: `camera=(self)`.
 */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "bluetooth=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "encrypted-media=()",
  "fullscreen=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "idle-detection=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "picture-in-picture=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

const permissionsPolicy = (_req: IncomingMessage, res: ServerResponse, next: () => void) => {
  res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
  next();
};

/**
 * helmet with a CSP that allows only our own scripts plus React Router's inline hydration
 * scripts, which carry the per-request nonce (`cspNonce` in the load context), and the
 * Permissions-Policy above.
 */
export function securityHeaders({ origins, https }: SecurityHeaderOptions) {
  const csp = helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", nonce],
      // React `style` attributes and Vite's dev stylesheet injection are inline styles; allowing
      // them does not allow script.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:"],
      fontSrc: ["'self'"],
      connectSrc: ["'self'", (_req: IncomingMessage) => socketOrigins(origins()).join(" ")],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      objectSrc: ["'none'"],
      // Only upgrade when the site is really served over https; on http://localhost it would
      // break every asset.
      upgradeInsecureRequests: https ? [] : null,
    },
  });
  const rest = helmet({
    contentSecurityPolicy: false,
    // HSTS on an http origin is ignored by browsers but misleading; send it only for https.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
    // Not helmet's "no-referrer": under it browsers send `Origin: null` on a plain (no-JS) form
    // POST, and the Origin check would refuse every form on the site. "same-origin" still sends
    // nothing to other sites.
    referrerPolicy: { policy: "same-origin" },
  });
  if (!https) return [csp, rest, permissionsPolicy];
  return [csp, rest, permissionsPolicy, helmet.strictTransportSecurity({ maxAge: 31_536_000, includeSubDomains: true })];
}
