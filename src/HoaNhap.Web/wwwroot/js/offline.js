/* HoaNhap: working without signal (issue 18, part 3). Progressive enhancement only: without this script every page works
   online exactly as before. With it:
   - a supervisor's or a commune police officer's phone keeps their list and forms (service worker /sw.js, Cache Storage) for the days the server says
     (body data-offline-keep-days), and only what the server gave this user (GET /api/v1/sync/people);
   - a form marked data-offline-form, sent without signal, is kept in IndexedDB with an id made here and the case's version,
     and sent to /api/v1/sync/... when the signal is back: exactly once, since the server keeps the id;
   - the panel [data-offline-status] shows what was sent, what waits, and any conflict side by side;
   - signing out, or another user signing in on the same phone, removes everything kept here. */
(function () {
  'use strict';
  // Pages fetched to be kept on the phone say so: the server leaves the one-time confirmation ("Đã ghi…") for the page
  // the user opens next, instead of spending it on a copy fetched in the background.
  var KEEPING = { 'X-HoaNhap-Offline': 'keep' };
  var body = document.body;
  var user = body.getAttribute('data-offline-user');
  // The roles whose phone keeps a list and the field forms: the supervisor (their people) and the commune police (the commune's open cases).
  var supervisor = ['supervisor', 'officer'].indexOf(body.getAttribute('data-offline')) >= 0;
  var keepDays = parseInt(body.getAttribute('data-offline-keep-days') || '7', 10) || 7;
  var DB = 'hoanhap-offline';
  var CACHE = 'hoanhap-offline-pages';
  var DAY = 86400000;
  var connection = null;

  // ---- IndexedDB: "records" made here (key clientId) and "meta" (owner, package, keptAt) ----

  function open() {
    if (connection) return Promise.resolve(connection);
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore('records', { keyPath: 'clientId' });
        request.result.createObjectStore('meta', { keyPath: 'key' });
      };
      request.onsuccess = function () { connection = request.result; resolve(connection); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function store(name, mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(name, mode);
        var result = work(tx.objectStore(name));
        tx.oncomplete = function () { resolve(result && 'result' in result ? result.result : undefined); };
        tx.onerror = function () { reject(tx.error); };
      });
    });
  }

  function records() { return store('records', 'readonly', function (s) { return s.getAll(); }); }
  function save(record) { return store('records', 'readwrite', function (s) { s.put(record); }); }
  function remove(clientId) { return store('records', 'readwrite', function (s) { s.delete(clientId); }); }
  function meta(key) {
    return store('meta', 'readonly', function (s) { return s.get(key); }).then(function (m) { return m ? m.value : null; });
  }
  function setMeta(key, value) { return store('meta', 'readwrite', function (s) { s.put({ key: key, value: value }); }); }

  /** Everything this site keeps on the phone: pages, the queue, the service worker. */
  function clearAll() {
    if (connection) { connection.close(); connection = null; }
    var work = [new Promise(function (resolve) {
      var request = indexedDB.deleteDatabase(DB);
      request.onsuccess = request.onerror = request.onblocked = function () { resolve(); };
    })];
    if (window.caches) work.push(caches.keys().then(function (keys) {
      return Promise.all(keys.map(function (k) { return caches.delete(k); }));
    }));
    if (navigator.serviceWorker) work.push(navigator.serviceWorker.getRegistrations().then(function (regs) {
      return Promise.all(regs.map(function (r) { return r.unregister(); }));
    }));
    return Promise.all(work).catch(function () { });
  }

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function time(iso) {
    var d = new Date(iso);
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return two(d.getHours()) + ':' + two(d.getMinutes()) + ' ' + two(d.getDate()) + '/' + two(d.getMonth() + 1) + '/' + d.getFullYear();
  }

  // ---- sign-out: nothing stays on the phone (the server also answers Clear-Site-Data) ----

  function pending(list) { return list.filter(function (r) { return r.status !== 'synced'; }).length; }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !/\/Account\/Logout$/.test(new URL(form.action, location.href).pathname)) return;
    event.preventDefault();
    var onSignOutPage = !!document.querySelector('[data-offline-signout]');
    (user ? records() : Promise.resolve([])).catch(function () { return []; }).then(function (list) {
      // Records not yet sent would be lost: the sign-out page says so before the user confirms.
      if (pending(list) > 0 && !onSignOutPage) { location.href = '/Account/Logout'; return null; }
      return clearAll().then(function () { form.submit(); });
    });
  });

  if (!user || !window.indexedDB) return;

  // ---- the owner and the age of what is kept ----

  function start() {
    return meta('owner').then(function (owner) {
      if (owner && owner !== user) return clearAll().then(function () { return setMeta('owner', user); });
      return owner ? null : setMeta('owner', user);
    }).then(expire);
  }

  /** Past keepDays: the kept list and pages go, and so do records already sent; records not yet sent stay until sent or dropped. */
  function expire() {
    var limit = Date.now() - keepDays * DAY;
    return meta('keptAt').then(function (keptAt) {
      var work = [];
      if (keptAt && Date.parse(keptAt) < limit) {
        work.push(setMeta('package', null), setMeta('keptAt', null));
        if (window.caches) work.push(caches.delete(CACHE));
      }
      work.push(records().then(function (list) {
        return Promise.all(list.filter(function (r) { return r.status === 'synced' && Date.parse(r.syncedAt) < limit; })
          .map(function (r) { return remove(r.clientId); }));
      }));
      return Promise.all(work);
    });
  }

  // ---- the supervisor's list and forms, kept for working without signal ----

  function keepForOffline() {
    if (!supervisor || !navigator.serviceWorker || !window.caches) return Promise.resolve();
    return navigator.serviceWorker.register('/sw.js?keepDays=' + keepDays, { scope: '/' }).then(function () {
      if (!navigator.onLine) return null;
      return fetch('/api/v1/sync/people', { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (r) {
        if (!r.ok) return null;
        return r.json().then(function (pack) {
          if (pack.userId !== user) return null;
          return Promise.all([meta('package'), caches.open(CACHE)]).then(function (found) {
            var before = {};
            ((found[0] && found[0].people) || []).forEach(function (p) { if (p.case) before[p.case.caseId] = p.case.version; });
            var cache = found[1];
            var wanted = {};
            pack.pages.forEach(function (u) { wanted[new URL(u, location.href).href] = true; });
            return cache.keys().then(function (keys) {
              // Only what this user may see now: a person no longer assigned leaves the phone.
              var drop = keys.filter(function (k) { return /\/(Supervision\/(CheckIn|Assessment)|Contacts\/Record)\//.test(k.url) && !wanted[k.url]; })
                .map(function (k) { return cache.delete(k); });
              var have = {};
              keys.forEach(function (k) { have[k.url] = true; });
              var fetches = [];
              pack.people.forEach(function (p) {
                if (!p.case) return;
                [p.case.checkInForm, p.case.assessmentForm, p.case.contactForm].forEach(function (u) {
                  if (!u) return;
                  var abs = new URL(u, location.href).href;
                  if (have[abs] && before[p.case.caseId] === p.case.version) return;
                  fetches.push(fetch(u, { credentials: 'same-origin', headers: KEEPING }).then(function (res) {
                    return res.ok && !res.redirected ? cache.put(u, res) : null;
                  }).catch(function () { }));
                });
              });
              // The list itself and the page's style and script, for the first visit without signal.
              // The current page too: it was loaded before the service worker controlled it, so it is not kept yet.
              ['/', pack.listPage || '/Supervision/Mine'].forEach(function (u) {
                fetches.push(fetch(u, { credentials: 'same-origin', headers: KEEPING }).then(function (res) {
                  return res.ok && !res.redirected ? cache.put(u, res) : null;
                }).catch(function () { }));
              });
              Array.prototype.forEach.call(document.querySelectorAll('link[rel=stylesheet][href^="/"], script[src^="/"]'), function (el) {
                fetches.push(cache.add(el.getAttribute('href') || el.getAttribute('src')).catch(function () { }));
              });
              return Promise.all(drop.concat(fetches));
            }).then(function () {
              return Promise.all([setMeta('package', pack), setMeta('keptAt', new Date().toISOString())]);
            });
          });
        });
      });
    }).then(function () { body.setAttribute('data-offline-ready', 'true'); }).catch(function () { });
  }

  function withoutSupervision() {
    // Another role keeps no list or pages (its records not yet sent stay until sent).
    if (supervisor || !navigator.serviceWorker) return Promise.resolve();
    return navigator.serviceWorker.getRegistrations().then(function (regs) {
      return Promise.all(regs.map(function (r) { return r.unregister(); }).concat(window.caches ? [caches.delete(CACHE)] : []));
    }).catch(function () { });
  }

  // ---- a form sent without signal is kept here ----

  function readForm(form) {
    var record = {};
    var parts = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name.indexOf('Input.') !== 0) return;
      if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) return;
      var name = el.name.slice(6);
      name = name.charAt(0).toLowerCase() + name.slice(1);
      var value = el.value;
      if (value === '') return;
      record[name] = value === 'true' ? true : value === 'false' ? false : value;
      if (el.type === 'hidden') return;
      var label = el.type === 'radio' ? (el.closest('fieldset') || el).querySelector('legend') : form.querySelector('label[for="' + el.id + '"]');
      var shown = el.type === 'radio' && el.closest('label') ? el.closest('label').textContent : value;
      parts.push((label ? label.textContent.trim() + ': ' : '') + shown.trim());
    });
    return { record: record, summary: parts };
  }

  function keepForm(form) {
    var read = readForm(form);
    var caseId = form.getAttribute('data-case-id');
    return meta('package').then(function (pack) {
      var facts = null;
      ((pack && pack.people) || []).forEach(function (p) { if (p.case && p.case.caseId === caseId) facts = p.case.facts; });
      return save({
        clientId: newId(), status: 'waiting', kind: form.getAttribute('data-offline-kind'), title: form.getAttribute('data-offline-title'),
        caseId: caseId, caseVersion: Number(form.getAttribute('data-case-version')), person: form.getAttribute('data-offline-person'),
        url: form.getAttribute('data-sync-url'), madeAt: new Date().toISOString(), record: read.record, summary: read.summary,
        basedOn: facts,
      });
    });
  }

  function today() {
    var d = new Date();
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return two(d.getDate()) + '/' + two(d.getMonth() + 1) + '/' + d.getFullYear();
  }

  function bindForms() {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-offline-form]'), function (form) {
      // A form kept from an earlier day comes back with that day filled in: without signal, today is the phone's day.
      var day = form.querySelector('input[name="Input.On"]');
      if (!navigator.onLine && day && day.value === day.defaultValue) day.value = today();
      form.addEventListener('submit', function (event) {
        if (navigator.onLine) return;   // with signal the form is sent as always
        event.preventDefault();
        keepForm(form).then(function () {
          var note = form.parentNode.querySelector('[data-testid="offline-saved"]') || document.createElement('div');
          note.className = 'panel success';
          note.setAttribute('role', 'status');
          note.setAttribute('data-testid', 'offline-saved');
          note.textContent = 'Không có mạng: bản ghi đã được lưu trên điện thoại lúc ' + time(new Date().toISOString())
            + ' và sẽ tự gửi khi có mạng. Xem ở mục “Bản ghi lập khi không có mạng”.';
          form.parentNode.insertBefore(note, form);
          var note2 = form.querySelector('textarea');
          if (note2) note2.value = '';
          return render();
        });
      });
    });
  }

  // ---- sending what waits ----

  var sending = false;

  function token() {
    return fetch('/api/v1/sync/token', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { if (!r.ok) throw r.status; return r.json(); });
  }

  function send() {
    if (sending || !navigator.onLine) return Promise.resolve();
    sending = true;
    return records().then(function (list) {
      var waiting = list.filter(function (r) { return r.status === 'waiting'; })
        .sort(function (a, b) { return a.madeAt < b.madeAt ? -1 : 1; });
      if (waiting.length === 0) return null;
      return token().then(function (t) {
        return waiting.reduce(function (chain, r) { return chain.then(function () { return sendOne(r, t); }); }, Promise.resolve());
      }).catch(function (status) {
        if (status === 401) setStatusNote('Phiên đăng nhập đã hết: hãy đăng nhập lại để gửi các bản ghi đang chờ.');
      });
    }).then(render, render).then(function () { sending = false; }, function () { sending = false; });
  }

  function sendOne(r, t) {
    var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    headers[t.headerName] = t.token;
    return fetch(r.url, {
      method: 'POST', credentials: 'same-origin', headers: headers,
      body: JSON.stringify({ clientId: r.clientId, caseVersion: r.caseVersion, madeAt: r.madeAt, record: r.record }),
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (answer) {
        if (res.status === 201 || res.status === 200) {
          r.status = 'synced'; r.syncedAt = answer.syncedAt || new Date().toISOString(); r.recordId = answer.recordId;
        } else if (res.status === 409) {
          r.status = 'conflict'; r.conflict = answer;
        } else if (res.status === 400 || res.status === 403 || res.status === 404 || res.status === 422) {
          r.status = 'refused'; r.problem = answer; r.code = res.status;
        } else if (res.status === 401) {
          throw 401;
        } else {
          return null;   // the server could not answer now: the record keeps waiting
        }
        return save(r);
      });
    }, function () { return null; });   // no signal after all: it keeps waiting
  }

  // ---- the panel: sent, waiting, conflicts side by side ----

  var statusNote = '';
  function setStatusNote(text) { statusNote = text; }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function describe(r) {
    return (r.title || '') + (r.person ? ' — ' + r.person : '') + ' (lập lúc ' + time(r.madeAt) + ')';
  }

  function conflictTable(r) {
    var table = el('table', { class: 'responsive', 'data-testid': 'offline-conflict-table' });
    var heads = ['Thông tin', 'Trên máy chủ hiện nay', 'Trên điện thoại khi ghi'];
    function cells(row, values) {
      values.forEach(function (v, i) { row.appendChild(el('td', { 'data-label': heads[i] }, v)); });
    }
    var head = el('tr');
    heads.forEach(function (h) { head.appendChild(el('th', { scope: 'col' }, h)); });
    table.appendChild(el('thead')).appendChild(head);
    var tbody = table.appendChild(el('tbody'));
    var mine = {};
    (r.basedOn || []).forEach(function (f) { mine[f.field] = f.value; });
    ((r.conflict && r.conflict.current) || []).forEach(function (f) {
      var theirs = f.value || '';
      var yours = r.basedOn ? (mine[f.field] || '') : '(không rõ)';
      var row = el('tr', theirs !== yours ? { class: 'changed', 'data-testid': 'offline-conflict-changed' } : {});
      cells(row, [f.label + (theirs !== yours ? ' (đã thay đổi)' : ''), theirs, yours]);
      tbody.appendChild(row);
    });
    var record = el('tr');
    cells(record, ['Bản ghi lập trên điện thoại', 'Chưa có', (r.summary || []).join('; ')]);
    tbody.appendChild(record);
    return table;
  }

  function render() {
    var panel = document.querySelector('[data-offline-status]');
    if (!panel) return Promise.resolve();
    return records().then(function (list) {
      var list2 = panel.querySelector('[data-offline-list]');
      list2.textContent = '';
      var count = panel.querySelector('[data-offline-count]');
      var groups = [
        ['conflict', 'Xung đột: hồ sơ đã thay đổi sau khi bạn ghi', 'offline-conflicts'],
        ['refused', 'Không lưu được', 'offline-refused'],
        ['waiting', 'Đang chờ gửi', 'offline-waiting'],
        ['synced', 'Đã gửi về máy chủ', 'offline-synced'],
      ];
      groups.forEach(function (g) {
        var items = list.filter(function (r) { return r.status === g[0]; })
          .sort(function (a, b) { return a.madeAt < b.madeAt ? 1 : -1; });
        if (items.length === 0) return;
        var title = g[1] + ' (' + items.length + ')';
        // What was sent is folded away; what needs the user stays open.
        var box = g[0] === 'synced' ? list2.appendChild(el('details')) : list2;
        box.appendChild(el(g[0] === 'synced' ? 'summary' : 'h3', {}, title));
        var ul = box.appendChild(el('ul', { 'data-testid': g[2] }));
        items.forEach(function (r) {
          var li = ul.appendChild(el('li', { 'data-testid': 'offline-item', 'data-status': r.status, 'data-client-id': r.clientId }));
          li.appendChild(el('p', {}, describe(r)));
          if (r.summary && r.summary.length && r.status !== 'conflict') li.appendChild(el('p', { class: 'detail' }, r.summary.join('; ')));
          if (r.status === 'synced') li.appendChild(el('p', { class: 'detail' }, 'Đã gửi lúc ' + time(r.syncedAt) + '.'));
          if (r.status === 'conflict') {
            li.appendChild(el('p', {}, (r.conflict && r.conflict.detail) || ''));
            li.appendChild(conflictTable(r));
            li.appendChild(el('button', { type: 'button', class: 'button', 'data-action': 'resend', 'data-testid': 'offline-resend' }, 'Vẫn gửi bản ghi này theo hồ sơ hiện nay'));
            li.appendChild(el('button', { type: 'button', class: 'button secondary', 'data-action': 'discard', 'data-testid': 'offline-discard' }, 'Bỏ bản ghi này'));
          }
          if (r.status === 'refused') {
            var p = r.problem || {};
            var why = [];
            Object.keys(p.errors || {}).forEach(function (k) { why = why.concat(p.errors[k]); });
            li.appendChild(el('p', { class: 'error-message' }, why.length ? why.join(' ') : (p.detail || 'Máy chủ không nhận bản ghi này.')));
            li.appendChild(el('button', { type: 'button', class: 'button secondary', 'data-action': 'discard', 'data-testid': 'offline-discard' }, 'Bỏ bản ghi này'));
          }
        });
      });
      var open = pending(list);
      count.textContent = open === 0 ? 'Không còn bản ghi nào chờ gửi.' : 'Còn ' + open + ' bản ghi chưa lưu được trên máy chủ.';
      if (statusNote) list2.appendChild(el('p', { class: 'panel warning' }, statusNote));
      var signout = document.querySelector('[data-offline-signout]');
      if (signout) {
        signout.hidden = open === 0;
        signout.textContent = 'Còn ' + open + ' bản ghi lập khi không có mạng chưa lưu được trên máy chủ. Nếu đăng xuất, các bản ghi này sẽ bị xóa khỏi điện thoại.';
      }
      panel.hidden = list.length === 0;
    }).catch(function () { });
  }

  function bindPanel() {
    var panel = document.querySelector('[data-offline-status]');
    if (!panel) return;
    panel.addEventListener('click', function (event) {
      var button = event.target.closest('[data-action]');
      if (!button) return;
      var id = button.closest('[data-client-id]').getAttribute('data-client-id');
      var action = button.getAttribute('data-action');
      if (action === 'send') { send(); return; }
      records().then(function (list) {
        var r = list.filter(function (x) { return x.clientId === id; })[0];
        if (!r) return null;
        if (action === 'discard') return remove(id);
        // The user has seen the case as it is now: the record is sent again on that version (the same id: still once).
        r.caseVersion = r.conflict.currentVersion;
        r.basedOn = r.conflict.current;
        r.status = 'waiting';
        delete r.conflict;
        return save(r);
      }).then(render).then(send);
    });
    var now = panel.querySelector('[data-action="send"]');
    if (now) now.addEventListener('click', function (event) { event.stopPropagation(); send(); });
  }

  window.addEventListener('online', function () { send(); });
  start().then(function () {
    bindForms();
    bindPanel();
    return Promise.all([supervisor ? keepForOffline() : withoutSupervision(), render()]);
  }).then(send).catch(function () { });
})();
