/* The preview page's service worker: it keeps the page's own files, so the page opens and works with no network
   once it has loaded. It controls preview.html only (its scope), never the add-in's taskpane.html. Each build
   writes the file list and its version below (webpack.config.js, PreviewServiceWorkerPlugin); a new build is a
   new version, which replaces the old cache when the page is next opened.
   Every request goes to the network first, so a page served fresh is never held back by the cache; the cache
   answers only when the network cannot. Only GET requests to this origin are handled: the page makes no others. */
/* global self, caches, fetch, Response, URL */
const VERSION = "__VERSION__";
const FILES = JSON.parse('__FILES__');
const CACHE = `committee-scorecard-preview-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith("committee-scorecard-preview-") && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request).catch(() =>
      caches
        .open(CACHE)
        .then((cache) => cache.match(request, { ignoreSearch: true }))
        .then((cached) => cached ?? Response.error()),
    ),
  );
});
