/**
 * A third-party site on another origin (`http://127.0.0.1:<port>`, while the examples site is
 * `http://localhost:<port>`) that embeds the drop-in the way a customer would: one module script
 * from the CDN and a provider pointing at the API, inside a page that does everything it can to
 * get in the way: `!important` fonts and borders on every element, a dark background with
 * `color-scheme: dark`, right-to-left Arabic.
 *
 * @module
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { COURSE_SLUG } from './cases.js';

export interface EmbedServer {
  /** `http://127.0.0.1:<port>/`. */
  readonly url: string;
  close(): Promise<void>;
}

/** The embedding page, loading the drop-in from `examplesUrl` (with its trailing slash). */
export function embedPage(examplesUrl: string): string {
  return `<!doctype html>
<html lang="ar" dir="rtl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>مدرسة الواحة · دورات</title>
    <link rel="icon" href="data:," />
    <style>
      /* A hostile theme: rules that reach every element of the light DOM and win over everything. */
      * { font: 30px serif !important; border: 2px solid red !important; box-sizing: content-box !important; }
      html { color-scheme: dark; background: #121417; color: #e8e6e3; }
      body { margin: 0; padding: 16px; line-height: 1.1; }
      a { color: #9ecbff; }
      ckit-course-card { display: block; max-inline-size: 28rem; margin-block: 24px; }
    </style>
    <script type="module" src="${examplesUrl}coursekit.js"></script>
  </head>
  <body>
    <main>
      <h1>دوراتنا</h1>
      <p>صفحة طرف ثالث تضمّن كتالوج CourseKit من أصل آخر.</p>
      <ckit-provider base-url="${examplesUrl}api/v1">
        <ckit-course-catalog per-page="4" heading-level="2"></ckit-course-catalog>
        <h2>دورة مختارة</h2>
        <ckit-course-card course-slug="${COURSE_SLUG}"></ckit-course-card>
      </ckit-provider>
    </main>
  </body>
</html>
`;
}

/** Serves `/embed.html` (and a 404 for anything else) on 127.0.0.1, on a free port. */
export async function startEmbedServer(examplesUrl: string): Promise<EmbedServer> {
  const html = embedPage(examplesUrl);
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/embed.html' || path === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' }).end(html);
      return;
    }
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}
