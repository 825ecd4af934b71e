// Roster's service worker: after one visit the whole site is in the browser, so the planner works
// offline. The build (tools/stamp_worker.cmake) writes into this file the site's files and a hash
// of their contents: any changed file makes a new worker with a new cache, which installs beside
// the running one and waits until the planner clicks "Reload" in the page's banner
// (web/loader.js); the old caches are deleted when the new worker takes over.
//
// Retiring it (README, "Deployment"): put a file named `sw-retire` next to index.html. On the
// next page load made with a network, the worker finds it, deletes its caches, unregisters
// itself and reloads the pages it controls from the network. `?sw=off` in the address does the
// same from the page for one browser.
'use strict';

var VERSION = '@ROSTER_SITE_VERSION@';
var FILES = /*@ROSTER_SITE_FILES@*/[];
var PREFIX = 'roster-';
var CACHE = PREFIX + VERSION;

self.addEventListener('install', function (event) {
  // `no-cache`: every file is checked with the server (a 304 reuses the copy the page just
  // loaded), so a new version never precaches an older file kept by the HTTP cache. While the
  // deployment holds `sw-retire`, installing fails, so a retired worker does not come back.
  event.waitUntil(retiredByServer().then(function (retired) {
    if (retired) throw new Error('this deployment retired the service worker (sw-retire)');
    return caches.open(CACHE);
  }).then(function (cache) {
    return cache.addAll(FILES.map(function (f) { return new Request(f, { cache: 'no-cache' }); }));
  }));
  // No skipWaiting here: an update waits for the planner (the page posts 'skip-waiting').
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf(PREFIX) === 0 && k !== CACHE; })
                           .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('message', function (event) {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

function retire() {
  return caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf(PREFIX) === 0; })
                           .map(function (k) { return caches.delete(k); }));
  }).then(function () {
    return self.registration.unregister();
  }).then(function () {
    return self.clients.matchAll({ type: 'window' });
  }).then(function (clients) {
    clients.forEach(function (c) { c.navigate(c.url); });
  });
}

// Asks the server, never a cache, whether the deployment retired this worker: false offline.
function retiredByServer() {
  return fetch(new URL('sw-retire', self.registration.scope), { cache: 'no-store' })
    .then(function (response) { return response.ok; }, function () { return false; });
}

function checkRetired() {
  return retiredByServer().then(function (retired) { if (retired) return retire(); });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || url.href.indexOf(self.registration.scope) !== 0) return;
  if (request.mode === 'navigate') {
    event.waitUntil(checkRetired());
    // The page, whatever its query (a share link carries the plan after the '#').
    event.respondWith(caches.open(CACHE).then(function (cache) {
      return cache.match('index.html').then(function (page) { return page || fetch(request); });
    }));
    return;
  }
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return cache.match(request, { ignoreSearch: true }).then(function (hit) { return hit || fetch(request); });
  }));
});
