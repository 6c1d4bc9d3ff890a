import zlib from 'node:zlib';
import { resolve } from 'node:path';
import compression from 'compression';
import express, { type RequestHandler, type Router } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Security headers on every response, the API's and the dashboard's (issue 14 §3), set by helmet, the
 * maintained Express middleware, so the header set follows browsers as they change rather than a list
 * written once here.
 */
const DIRECTIVES = {
  defaultSrc: ["'self'"],
  // The built dashboard loads only its own module scripts (vite emits no inline script), so no inline
  // script, no eval, no event-handler attributes.
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  // Style sheets and <style> elements: the dashboard's own files only. Style *attributes* are allowed
  // (style-src-attr, CSP 3): the charts' tooltips are HTML that ECharts writes with inline style attributes
  // (the browser test hovers them), which CSP would block otherwise. No script can run from a style
  // attribute, and scripts stay strict above.
  styleSrc: ["'self'"],
  styleSrcElem: ["'self'"],
  styleSrcAttr: ["'unsafe-inline'"],
  // The favicon is a data: URI, and a chart exports itself as a data: PNG.
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // Counties often serve it over plain HTTP on their own network: asking the browser to upgrade every
  // request to HTTPS would break the page there. TLS, where there is one, is the proxy's business.
  upgradeInsecureRequests: null,
};

const OPTIONS: HelmetOptions = {
  contentSecurityPolicy: { useDefaults: false, directives: DIRECTIVES },
  // Nobody frames the dashboard: the old header says the same as frame-ancestors 'none'.
  xFrameOptions: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
};

/**
 * helmet's headers for every path. In development the Apollo Sandbox landing page at GET /graphql loads its
 * scripts from Apollo's CDN and starts them inline, so that one page goes without the CSP there.
 */
export function securityHeaders(opts: { development: boolean }): RequestHandler {
  const strict = helmet(OPTIONS);
  if (!opts.development) return strict;
  const landingPage = helmet({ ...OPTIONS, contentSecurityPolicy: false });
  return (req, res, next) => (req.method === 'GET' && req.path === '/graphql' ? landingPage : strict)(req, res, next);
}

/**
 * Brotli, gzip or deflate, as the client accepts, whenever the body is worth it: GraphQL JSON and the assets. At
 * their fastest settings: a province's `executionSummary` by unit (859 KB of JSON) took 13.2 ms to gzip at the
 * default level 6 (181 KB), 7.1 ms at level 1 (215 KB) and 4.7 ms in Brotli at quality 1 (194 KB), on a request
 * whose other work is ~33 ms of CPU; under 4 clients the server spent 52–56 ms a request with level 6, 44–45 with
 * level 1, 33–34 uncompressed. On a bureau's network the bytes matter less than the server's cores.
 */
export function compress(): RequestHandler {
  return compression({ level: 1, brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } } });
}

/**
 * The dashboard's files, and its page for every client route (`/projects?year=2023`, `/unit`). A path that
 * names a file (`/assets/nope.js`, `/favicon.ico`, `/.env`, anything under /assets/) and is not there is 404, not the page:
 * a browser would otherwise run or style the HTML as the missing script.
 */
/** The last segment has a dot (`app.js`, `.env`): client routes never do (their ids are base64url). */
const NAMES_A_FILE = /\.[^/]*$/;

export function dashboard(dir: string): Router {
  const router = express.Router();
  router.use(
    express.static(dir, {
      index: 'index.html',
      maxAge: '1h',
      setHeaders: (res, path) => {
        // The page names the hashed assets of the current build: always ask whether it changed.
        if (path.endsWith('.html')) res.setHeader('cache-control', 'no-cache');
      },
    }),
  );
  router.get(/^\/(?!graphql|export\/).*/, (req, res) => {
    if (req.path.startsWith('/assets/') || NAMES_A_FILE.test(req.path)) {
      res.status(404).type('text/plain').send('未找到 / Not found');
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(resolve(dir, 'index.html'));
  });
  return router;
}
