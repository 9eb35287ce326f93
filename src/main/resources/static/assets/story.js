// Article page: players of embeds load only when the reader asks; galleries get buttons, arrow keys
// and a full-screen view. Without this script an embed is a link and a gallery a strip that scrolls.
(function () {
  'use strict';
  // Only the providers' player hosts may be framed (the page's CSP says the same).
  var PLAYER = /^https:\/\/(www\.youtube-nocookie\.com|platform\.twitter\.com|www\.instagram\.com|www\.facebook\.com|www\.tiktok\.com|player\.vimeo\.com|w\.soundcloud\.com|open\.spotify\.com|www\.google\.com)\//;

  // Binds the embeds and galleries inside root (the page; and each live coverage update as it arrives).
  function bind(root) {
    root.querySelectorAll('figure.embed[data-player]').forEach(function (fig) {
      var button = fig.querySelector('.embed-load');
      var src = fig.getAttribute('data-player');
      if (!button || !PLAYER.test(src)) { return; }
      button.hidden = false;
      button.addEventListener('click', function () {
        var frame = document.createElement('iframe');
        frame.src = src;
        frame.title = fig.getAttribute('data-title') || '';
        frame.allow = 'autoplay; encrypted-media; fullscreen; picture-in-picture';
        frame.allowFullscreen = true;
        frame.referrerPolicy = 'strict-origin-when-cross-origin';
        var card = fig.querySelector('.embed-card');
        fig.insertBefore(frame, card);
        card.querySelector('.embed-privacy').remove();
        button.remove();
        frame.focus();
      });
    });

    root.querySelectorAll('figure.gallery').forEach(function (gallery) {
      var track = gallery.querySelector('.gallery-track');
      var items = Array.prototype.slice.call(track.children);
      var controls = gallery.querySelector('.gallery-controls');
      controls.hidden = false;
      function current() {
        var box = track.getBoundingClientRect();
        for (var i = 0; i < items.length; i++) {
          var r = items[i].getBoundingClientRect();
          if (Math.abs(r.left - box.left) < r.width / 2) { return i; }
        }
        return 0;
      }
      function show(i) {
        i = (i + items.length) % items.length;
        track.scrollTo({ left: items[i].offsetLeft - track.offsetLeft, behavior: 'smooth' });
        return i;
      }
      controls.querySelectorAll('[data-go]').forEach(function (b) {
        b.addEventListener('click', function () { show(current() + Number(b.getAttribute('data-go'))); });
      });
      // Right to left: the left arrow goes forward.
      track.addEventListener('keydown', function (e) {
        if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') { e.preventDefault(); show(current() + (e.key === 'ArrowLeft' ? 1 : -1)); }
        if (e.key === 'Enter') { e.preventDefault(); open(current()); }
      });

      var dialog = null, at = 0, img, text;
      function fill() {
        var pic = items[at].querySelector('img');
        img.src = pic.getAttribute('data-full') || pic.currentSrc || pic.src;
        img.alt = pic.alt;
        var parts = [];
        items[at].querySelectorAll('figcaption > span').forEach(function (s) { parts.push(s.textContent); });
        text.textContent = parts.join('  ');
      }
      function button(label, go) {
        var b = document.createElement('button'); b.type = 'button'; b.textContent = label;
        b.addEventListener('click', go); return b;
      }
      function open(i) {
        if (!dialog) {
          dialog = document.createElement('dialog');
          dialog.className = 'gallery-dialog';
          dialog.setAttribute('aria-label', gallery.getAttribute('aria-label'));
          var bar = document.createElement('div'); bar.className = 'gallery-bar';
          bar.appendChild(button('السابقة', function () { at = (at - 1 + items.length) % items.length; fill(); }));
          bar.appendChild(button('التالية', function () { at = (at + 1) % items.length; fill(); }));
          bar.appendChild(button('إغلاق', function () { dialog.close(); }));
          img = document.createElement('img');
          text = document.createElement('p');
          dialog.appendChild(bar); dialog.appendChild(img); dialog.appendChild(text);
          dialog.addEventListener('keydown', function (e) {
            if (e.key === 'ArrowLeft') { at = (at + 1) % items.length; fill(); }
            if (e.key === 'ArrowRight') { at = (at - 1 + items.length) % items.length; fill(); }
          });
          dialog.addEventListener('close', function () { show(at); gallery.querySelector('.gallery-full').focus(); });
          document.body.appendChild(dialog);
        }
        at = i; fill();
        dialog.showModal();
      }
      gallery.querySelector('.gallery-full').addEventListener('click', function () { open(current()); });
      items.forEach(function (item, i) { item.querySelector('img').addEventListener('click', function () { open(i); }); });
    });
  }

  window.NashirStory = { bind: bind };
  bind(document);
})();
