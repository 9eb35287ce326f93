// Live coverage ("تغطية مباشرة"): applies the updates that the page's live stream brings
// (breaking-live.js hands them on as "nashir:live" events) to this article's list: a new update
// goes on top, a changed one is replaced where it stands, a removed one goes, the pinned one moves
// to the key slot, and the "مباشر" badge follows the coverage's state. When the stream could not
// replay what the page missed, the list is reloaded from /live/coverage/{id}. Without JavaScript
// the page shows the updates it was rendered with.
//
// An update's HTML is the server's rendering of a body sanitized with an allow-list (the same
// as the article's body), so it is inserted as HTML; everything else goes in as text.
(function () {
  'use strict';
  var section = document.querySelector('[data-live-coverage]');
  if (!section) { return; }
  var article = section.getAttribute('data-live-coverage');
  var list = section.querySelector('.live-updates');
  var keySlot = section.querySelector('.live-key');
  var none = section.querySelector('.live-none');
  var badge = section.querySelector('.live-badge');
  var ended = section.querySelector('.live-ended');

  function element(u) {
    var box = document.createElement('article');
    box.className = 'live-update' + (u.pinned ? ' key-update' : '') + ' live-new';
    box.id = 'update-' + u.id;
    box.setAttribute('data-update', String(u.id));
    var head = document.createElement('header');
    head.className = 'live-update-head';
    if (u.pinned) {
      var label = document.createElement('span');
      label.className = 'key-label';
      label.textContent = 'تحديث مثبّت';
      head.appendChild(label);
      head.appendChild(document.createTextNode(' '));
    }
    var time = document.createElement('time');
    time.setAttribute('datetime', String(u.datetime || ''));
    time.textContent = String(u.time || '');
    head.appendChild(time);
    head.appendChild(document.createTextNode(' '));
    var who = document.createElement('span');
    who.className = 'live-author';
    var bdi = document.createElement('bdi');
    bdi.textContent = String(u.author || '');
    who.appendChild(bdi);
    head.appendChild(who);
    box.appendChild(head);
    var body = document.createElement('div');
    body.className = 'live-update-body';
    body.innerHTML = String(u.html || '');
    box.appendChild(body);
    if (window.NashirStory) { window.NashirStory.bind(body); }
    return box;
  }

  function existing(id) {
    return section.querySelector('[data-update="' + Number(id) + '"]');
  }

  function remove(id) {
    var old = existing(id);
    if (!old) { return; }
    var li = old.parentNode && old.parentNode.tagName === 'LI' ? old.parentNode : old;
    li.parentNode.removeChild(li);
  }

  // Newest first, as the server orders them (time, then number): an update goes before the first one older than it.
  function olderThan(box, u) {
    var t = box.querySelector('time');
    var when = t ? t.getAttribute('datetime') : '';
    var id = Number(box.getAttribute('data-update'));
    return when < String(u.datetime) || (when === String(u.datetime) && id < Number(u.id));
  }

  function insert(u) {
    var box = element(u);
    if (u.pinned) {
      var current = keySlot.firstElementChild;
      if (current) {
        keySlot.removeChild(current);
      }
      keySlot.appendChild(box);
      return;
    }
    var li = document.createElement('li');
    li.appendChild(box);
    var items = list.children;
    for (var i = 0; i < items.length; i++) {
      var box = items[i].querySelector('[data-update]');
      if (box && olderThan(box, u)) {
        list.insertBefore(li, items[i]);
        return;
      }
    }
    list.appendChild(li);
  }

  function refreshEmpty() {
    if (none) { none.hidden = !!(list.firstElementChild || keySlot.firstElementChild); }
  }

  function apply(u, kind) {
    if (kind === 'live-deleted') {
      remove(u.id);
    } else {
      var old = existing(u.id);
      // A key update that lost its pin goes back among the others, and the other way round.
      if (old && (old.parentNode === keySlot) === !!u.pinned) {
        var fresh = element(u);
        fresh.classList.remove('live-new');
        old.parentNode.replaceChild(fresh, old);
      } else {
        remove(u.id);
        insert(u);
      }
    }
    refreshEmpty();
  }

  function setState(state) {
    section.setAttribute('data-state', state);
    if (badge) { badge.hidden = state !== 'live'; }
    if (ended) { ended.hidden = state === 'live'; }
  }

  document.addEventListener('nashir:live', function (event) {
    var data = event.detail || {};
    if (data.kind === 'live-state') {
      if (String(data.article) === article) { setState(String(data.state)); }
      return;
    }
    if (!data.update) { return; }
    // A removed update names no article: it goes if it is on this page.
    if (data.kind !== 'live-deleted' && String(data.article) !== article) { return; }
    apply(data.update, data.kind);
  });

  document.addEventListener('nashir:live-resync', function () {
    var request = new XMLHttpRequest();
    request.open('GET', section.getAttribute('data-feed'));
    request.responseType = 'json';
    request.onload = function () {
      var data = request.response;
      if (request.status !== 200 || !data || !Array.isArray(data.updates)) { return; }
      while (list.firstChild) { list.removeChild(list.firstChild); }
      while (keySlot.firstChild) { keySlot.removeChild(keySlot.firstChild); }
      data.updates.forEach(function (u) { insert(u); });
      Array.prototype.forEach.call(section.querySelectorAll('.live-new'), function (n) { n.classList.remove('live-new'); });
      setState(String(data.state));
      refreshEmpty();
    };
    request.send();
  });
})();
