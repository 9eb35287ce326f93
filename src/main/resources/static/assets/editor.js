// Nashir article editor: Jodit rich text in RTL, field counters, autosave of drafts.
// Works on top of a plain form: without this script the textarea still posts HTML.
(function () {
  'use strict';
  var form = document.getElementById('editor');
  if (!form) { return; }

  // Rich text: Arabic UI, right to left; mixed Latin and numbers keep their order (dir=auto blocks).
  var editor = window.Jodit ? Jodit.make('#f-body', {
    direction: 'rtl',
    language: 'ar',
    height: 520,
    toolbarAdaptive: false,
    buttons: 'paragraph,bold,italic,|,ul,ol,|,link,image,figure,gallery,embed,|,eraser,undo,redo',
    // A pasted YouTube address must not become Jodit's own <iframe> (the sanitizer drops it): it stays
    // a link, and a link alone on its line becomes an embed (embedOwnLines below, and the server on save).
    link: { processVideoLink: false },
    controls: {
      paragraph: { list: { p: 'فقرة', h2: 'عنوان فرعي', h3: 'عنوان ثالث', blockquote: 'اقتباس' } },
      figure: {
        icon: 'image', tooltip: 'صورة مع تعليق',
        exec: function (j) {
          // With the media library at hand, pick or upload there; otherwise ask for an address.
          if (window.nashirPickInline) { window.nashirPickInline(j); return; }
          var src = window.prompt('رابط الصورة'); if (!src) { return; }
          var alt = window.prompt('النص البديل للصورة') || '';
          var cap = window.prompt('تعليق الصورة') || '';
          var fig = j.createInside.element('figure');
          var img = j.createInside.element('img'); img.setAttribute('src', src); img.setAttribute('alt', alt);
          var fc = j.createInside.element('figcaption'); fc.textContent = cap;
          fig.appendChild(img); fig.appendChild(fc); j.s.insertNode(fig);
        }
      },
      embed: {
        text: 'تضمين', tooltip: 'تضمين (يوتيوب، إكس، إنستغرام، فيسبوك، تيك توك، فيميو، ساوند كلاود، سبوتيفاي، خرائط غوغل)',
        exec: function (j) {
          var url = window.prompt('رابط المنشور أو الفيديو أو الخريطة'); if (!url) { return; }
          checkEmbed(url.trim()).then(function (e) {
            if (e.ok) { j.s.insertNode(embedFigure(j, e.body)); } else { window.alert(e.body.message || 'تعذّر التحقق من الرابط'); }
          });
        }
      },
      gallery: {
        text: 'معرض', tooltip: 'معرض صور من المكتبة',
        exec: function (j) { if (window.nashirPickGallery) { window.nashirPickGallery(j); } }
      }
    },
    askBeforePasteHTML: false,
    defaultActionOnPaste: 'insert_clear_html',
    hidePoweredByJodit: true,
    // Jodit's own counters write "66 كلام"; the page counts words itself, in Arabic number agreement.
    showCharsCounter: false,
    showWordsCounter: false
  }) : null;

  // Embeds: the server's one parser (/admin/embeds) says whether an address can be embedded.
  function checkEmbed(url) {
    return fetch('/admin/embeds?url=' + encodeURIComponent(url), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, body: j }; }); })
      .catch(function () { return { ok: false, body: { message: 'تعذّر التحقق من الرابط؛ تحقّق من الاتصال' } }; });
  }
  // The stored shape (article/BodyBlocks): provider, id and the plain link; the page shows a card.
  function embedFigure(j, e) {
    var fig = j.createInside.element('figure');
    fig.setAttribute('data-embed', e.provider); fig.setAttribute('data-id', e.id);
    fig.setAttribute('data-title', e.title); fig.setAttribute('contenteditable', 'false');
    var a = j.createInside.element('a'); a.setAttribute('href', e.url); a.textContent = e.url;
    fig.appendChild(a);
    return fig;
  }
  // A paragraph holding nothing but an address (pasted on its own line) becomes an embed when the
  // address is one; what is not stays a link, and is not asked about again.
  var asked = {};
  function embedOwnLines() {
    if (!editor) { return; }
    editor.editor.querySelectorAll('p').forEach(function (p) {
      var text = p.textContent.trim();
      if (!/^https?:\/\/\S+$/.test(text) || asked[text]) { return; }
      if (p.querySelector(':not(a):not(br)')) { return; }
      asked[text] = true;
      checkEmbed(text).then(function (e) {
        if (!e.ok || !p.parentNode) { return; }
        p.parentNode.replaceChild(embedFigure(editor, e.body), p);
        delete asked[text];
        editor.synchronizeValues();
      });
    });
  }
  if (editor) {
    editor.e.on('afterPaste', function () { setTimeout(embedOwnLines, 0); });
    editor.e.on('change', function () { clearTimeout(embedOwnLines.timer); embedOwnLines.timer = setTimeout(embedOwnLines, 600); });
  }

  // Digits as the site writes them (data-digits on <html>).
  var eastern = document.documentElement.getAttribute('data-digits') === 'eastern';
  function digits(n) {
    var s = String(n);
    return eastern ? s.replace(/[0-9]/g, function (d) { return String.fromCharCode(0x0660 + +d); }) : s;
  }
  // The words come from the server (ArabicCount.patterns); the browser's CLDR rules pick the form.
  var bodyCount = document.getElementById('body-count');
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules('ar') : null;
  function countWords() {
    if (!bodyCount || !plural) { return; }
    var text = editor ? editor.editor.textContent : document.getElementById('f-body').value.replace(/<[^>]*>/g, ' ');
    var n = (text.match(/[^\s\u200c]+/g) || []).length;
    var pattern = bodyCount.getAttribute('data-' + plural.select(n)) || bodyCount.getAttribute('data-other');
    bodyCount.textContent = pattern.replace('{n}', digits(n));
  }
  if (editor) { editor.events.on('change', countWords); } else { document.getElementById('f-body').addEventListener('input', countWords); }
  countWords();

  // Counters beside fields with a limit.
  document.querySelectorAll('.count').forEach(function (el) {
    var input = document.getElementById(el.dataset.for);
    var max = el.dataset.max;
    var show = function () { el.textContent = digits(input.value.length) + ' / ' + digits(max); };
    input.addEventListener('input', show); show();
  });

  // Autosave: every 30 s and when the page is left, while the article is a draft.
  var status = document.getElementById('autosave-status');
  var url = form.dataset.autosave;
  var last = '';
  function payload() {
    if (editor) { editor.synchronizeValues(); }
    var data = new URLSearchParams(new FormData(form));
    return data;
  }
  function save(leaving) {
    if (document.getElementById('f-status').value !== 'draft') { return; }
    if (!document.getElementById('f-headline').value.trim()) { return; }
    var data = payload();
    var snapshot = data.toString();
    if (snapshot === last) { return; }
    fetch(url, { method: 'POST', body: data, keepalive: !!leaving, credentials: 'same-origin',
                 headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, body: j }; }); })
      .then(function (r) {
        if (!r.ok) { status.textContent = r.body.message || 'تعذّر الحفظ التلقائي'; return; }
        last = snapshot;
        form.querySelector('input[name=version]').value = r.body.version;
        if (url !== r.body.autosaveUrl) {
          url = r.body.autosaveUrl; form.dataset.autosave = url;
          form.action = r.body.editUrl; history.replaceState(null, '', r.body.editUrl);
        }
        status.textContent = 'حُفظت المسودة تلقائياً ' + r.body.savedAt;
      })
      .catch(function () { status.textContent = 'تعذّر الحفظ التلقائي؛ تحقّق من الاتصال'; });
  }
  // Once autosave has given the article an id, its preview is of that article.
  var previewButton = document.getElementById('preview-button');
  function idFromUrl() { var m = /\/admin\/articles\/(\d+)\//.exec(url); return m && m[1]; }
  setInterval(function () {
    var id = idFromUrl(); if (id && previewButton) { previewButton.setAttribute('formaction', '/admin/articles/' + id + '/preview'); }
  }, 2000);
  setInterval(function () { save(false); }, 30000);
  document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') { save(true); } });
  window.addEventListener('pagehide', function () { save(true); });
  form.addEventListener('submit', function () { last = payload().toString(); });

  // Featured image: pick from the media library or upload, in a dialog; fills the image fields.
  var picker = document.getElementById('picker');
  var pickButton = document.getElementById('pick-image');
  var clearButton = document.getElementById('clear-image');
  var preview = document.getElementById('featured-preview');
  var field = function (name) { return form.querySelector('[name=' + name + ']'); };
  var csrf = form.querySelector('input[type=hidden]');
  function showPreview() {
    var u = field('imageUrl').value.trim();
    preview.hidden = !u; if (u) { preview.src = u; } else { preview.removeAttribute('src'); }
    clearButton.hidden = !u;
  }
  var inlineFor = null; // the Jodit instance when picking a picture for the body, else null (featured)
  function insertFigure(j, item) {
    var fig = j.createInside.element('figure');
    var img = j.createInside.element('img'); img.setAttribute('src', item.url); img.setAttribute('alt', item.alt);
    fig.appendChild(img);
    if (item.caption || item.archive) {
      var fc = j.createInside.element('figcaption');
      fc.textContent = item.archive ? (item.caption ? item.caption + ' ـ أرشيف' : 'ـ أرشيف') : item.caption;
      fig.appendChild(fc);
    }
    j.s.insertNode(fig);
  }
  // Gallery: pictures are collected in the picker, then inserted as one block (article/BodyBlocks).
  var galleryFor = null, galleryItems = [];
  var galleryDone = document.getElementById('picker-gallery-done');
  function insertGallery(j, items) {
    var g = j.createInside.element('figure'); g.setAttribute('data-gallery', ''); g.setAttribute('contenteditable', 'false');
    items.forEach(function (item) {
      var fig = j.createInside.element('figure'); fig.setAttribute('data-media', item.id);
      var img = j.createInside.element('img'); img.setAttribute('src', item.url); img.setAttribute('alt', item.alt);
      fig.appendChild(img);
      if (item.caption) { var fc = j.createInside.element('figcaption'); fc.textContent = item.caption; fig.appendChild(fc); }
      g.appendChild(fig);
    });
    j.s.insertNode(g);
  }
  function choose(item, button) {
    if (galleryFor) {
      var at = galleryItems.findIndex(function (x) { return x.id === item.id; });
      if (at >= 0) { galleryItems.splice(at, 1); } else { galleryItems.push(item); }
      if (button) { button.setAttribute('aria-pressed', at >= 0 ? 'false' : 'true'); }
      galleryDone.textContent = 'إدراج المعرض (' + digits(galleryItems.length) + ')';
      galleryDone.disabled = galleryItems.length < 2;
      return;
    }
    if (inlineFor) {
      insertFigure(inlineFor, item); inlineFor = null;
      if (picker.open) { picker.close(); }
      return;
    }
    field('imageUrl').value = item.url;
    field('imageAlt').value = item.alt;
    field('imageCaption').value = item.caption;
    field('imageCredit').value = item.credit;
    field('imageArchive').checked = !!item.archive;
    showPreview();
    if (picker.open) { picker.close(); }
    pickButton.focus();
  }
  if (picker && typeof picker.showModal === 'function') {
    var grid = document.getElementById('picker-grid');
    var more = document.getElementById('picker-more');
    var search = document.getElementById('picker-search');
    var page = 1;
    var load = function (reset) {
      if (reset) { page = 1; grid.textContent = ''; }
      var q = search.querySelector('input').value;
      fetch('/admin/media/picker?page=' + page + '&q=' + encodeURIComponent(q), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.json(); })
        .then(function (j) {
          if (reset && !j.items.length) {
            var li = document.createElement('li');
            li.textContent = q ? 'لا صور تطابق البحث.' : 'المكتبة فارغة: ارفع أول صورة من الأسفل.';
            grid.appendChild(li);
          }
          j.items.forEach(function (item) {
            var li = document.createElement('li');
            var b = document.createElement('button'); b.type = 'button'; b.dataset.mediaId = item.id;
            var img = document.createElement('img'); img.src = item.thumb; img.alt = item.alt; img.loading = 'lazy';
            var cap = document.createElement('span'); cap.textContent = item.caption || item.alt; cap.dir = 'auto';
            b.appendChild(img); b.appendChild(cap);
            if (galleryFor) { b.setAttribute('aria-pressed', galleryItems.some(function (x) { return x.id === item.id; }) ? 'true' : 'false'); }
            b.addEventListener('click', function () { choose(item, b); });
            li.appendChild(b); grid.appendChild(li);
          });
          more.hidden = !j.more;
        })
        .catch(function () { grid.textContent = 'تعذّر تحميل المكتبة؛ تحقّق من الاتصال'; });
    };
    var title = document.getElementById('picker-title');
    var open = function (j, gallery) {
      inlineFor = gallery ? null : j || null;
      galleryFor = gallery ? j : null; galleryItems = [];
      galleryDone.hidden = !gallery; galleryDone.disabled = true; galleryDone.textContent = 'إدراج المعرض';
      title.textContent = gallery ? 'معرض صور: اختر صورتين أو أكثر بالترتيب ثم «إدراج المعرض»'
        : j ? 'صورة داخل النص: اختر من المكتبة أو ارفع صورة' : 'الصورة الرئيسية: اختر من المكتبة أو ارفع صورة';
      picker.showModal(); load(true);
    };
    window.nashirPickInline = function (j) { open(j); };
    window.nashirPickGallery = function (j) { open(j, true); };
    galleryDone.addEventListener('click', function () {
      if (galleryFor && galleryItems.length) { insertGallery(galleryFor, galleryItems); }
      picker.close();
    });
    picker.addEventListener('close', function () { inlineFor = null; galleryFor = null; galleryItems = []; });
    pickButton.hidden = false;
    pickButton.addEventListener('click', function () { open(null); });
    picker.querySelector('[data-close]').addEventListener('click', function () { picker.close(); });
    more.addEventListener('click', function () { page++; load(false); });
    var timer;
    search.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { load(true); }, 250); });
    search.addEventListener('submit', function (e) { e.preventDefault(); load(true); });
    var upload = document.getElementById('picker-upload');
    if (upload) {
      upload.addEventListener('submit', function (e) {
        e.preventDefault();
        var st = document.getElementById('picker-upload-status');
        st.textContent = 'يجري الرفع…';
        var headers = { 'Accept': 'application/json' };
        headers['X-CSRF-TOKEN'] = csrf.value;
        fetch(upload.getAttribute('action'), { method: 'POST', body: new FormData(upload), credentials: 'same-origin', headers: headers })
          .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, body: j }; }); })
          .then(function (r) {
            if (!r.ok) { st.textContent = r.body.message || 'تعذّر الرفع'; return; }
            st.textContent = ''; upload.reset(); choose(r.body);
          })
          .catch(function () { st.textContent = 'تعذّر الرفع؛ قد يكون الملف أكبر من المسموح أو انقطع الاتصال'; });
      });
    }
  }
  if (clearButton) {
    clearButton.addEventListener('click', function () {
      ['imageUrl', 'imageAlt', 'imageCaption', 'imageCredit'].forEach(function (n) { field(n).value = ''; });
      field('imageArchive').checked = false; showPreview();
    });
    field('imageUrl').addEventListener('change', showPreview);
    showPreview();
  }
})();
