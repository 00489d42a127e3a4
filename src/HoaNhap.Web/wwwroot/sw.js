/* HoaNhap service worker: keeps the supervisor's list and forms for working without signal (issue 18, part 3).
   Registered by /js/offline.js for a supervisor or a commune police officer only, at the site's root so that its scope covers "/", "/Supervision/…"
   and "/Contacts/Record/…". Network first: online, every page is the server's; without signal, the kept copy (at most
   keepDays old, from the registration's query) of the few pages below. Nothing else is intercepted; no API answer is kept. */
'use strict';
var CACHE = 'hoanhap-offline-pages';
var DAY = 86400000;
var keepDays = Number(new URL(self.location.href).searchParams.get('keepDays')) || 7;
var GUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
var PAGES = new RegExp('^/(|Supervision/Mine|Supervision/Commune|Supervision/CheckIn/' + GUID + '|Supervision/Assessment/' + GUID + '|Contacts/Record/' + GUID + ')$');
var ASSETS = /^\/(css|js)\/[^/]+$/;

self.addEventListener('install', function () { self.skipWaiting(); });
self.addEventListener('activate', function (event) { event.waitUntil(self.clients.claim()); });

function fresh(response) {
  var at = Date.parse(response.headers.get('date') || '');
  return isNaN(at) || Date.now() - at < keepDays * DAY;
}

function offline() {
  var html = '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
    + '<title>Không có mạng — HoaNhap</title></head><body><main><h1>Không có mạng</h1>'
    + '<p>Trang này chưa được lưu trên điện thoại, hoặc bản lưu đã quá ' + keepDays + ' ngày. '
    + 'Khi có mạng, hãy mở lại trang “Người tôi giám sát” để điện thoại lưu danh sách và các mẫu ghi.</p>'
    + '<p><a href="/Supervision/Mine">Người tôi giám sát</a> · <a href="/Supervision/Commune">Hồ sơ đang giám sát của xã</a></p></main></body></html>';
  return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  var page = request.mode === 'navigate' && !url.search && PAGES.test(url.pathname);
  var asset = ASSETS.test(url.pathname);
  if (!page && !asset) return;
  var key = page ? url.pathname : request;
  event.respondWith(fetch(request).then(function (response) {
    // A page that sent the user to sign in, or an error, is never kept.
    if (response.ok && !response.redirected && response.type === 'basic') {
      var copy = response.clone();
      event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.put(key, copy); }));
    }
    return response;
  }, function () {
    return caches.open(CACHE)
      .then(function (cache) { return cache.match(key, { ignoreSearch: asset }); })
      .then(function (kept) {
        if (kept && asset) return kept;
        if (kept && fresh(kept)) {
          // Marked, so that the page (and a test) can tell the kept copy from the server's answer.
          var headers = new Headers(kept.headers);
          headers.set('X-HoaNhap-Offline', 'kept');
          return kept.blob().then(function (body) { return new Response(body, { status: kept.status, headers: headers }); });
        }
        return page ? offline() : Response.error();
      });
  }));
});
