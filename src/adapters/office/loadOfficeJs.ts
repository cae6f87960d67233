/**
 * office.js, fetched only when Office opened the page. A blocking `<script>` in the page's head made the
 * standalone page wait on Microsoft's CDN, and where an intranet silently drops that request the page
 * stayed blank; now a browser tab never asks for it. The build writes office.js's address into a meta
 * tag (`jindu-office-js`), so the bundle does not depend on which build (CDN or intranet) serves it.
 */

export const OFFICE_JS_META = 'jindu-office-js';

/** Loads office.js once; resolves when the script ran, rejects when the host could not fetch it. */
export function loadOfficeJs(doc: Document = document): Promise<void> {
  if (typeof Office !== 'undefined') return Promise.resolve();
  const url = doc.querySelector<HTMLMetaElement>(`meta[name="${OFFICE_JS_META}"]`)?.content;
  if (!url) return Promise.reject(new Error(`the page names no office.js (meta ${OFFICE_JS_META})`));
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = url;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`office.js could not be loaded from ${url}`)));
    doc.head.appendChild(script);
  });
}
