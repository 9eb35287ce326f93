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
    buttons: 'paragraph,bold,italic,|,ul,ol,|,link,image,figure,|,eraser,undo,redo',
    controls: {
      paragraph: { list: { p: 'فقرة', h2: 'عنوان فرعي', h3: 'عنوان ثالث', blockquote: 'اقتباس' } },
      figure: {
        icon: 'image', tooltip: 'صورة مع تعليق',
        exec: function (j) {
          var src = window.prompt('رابط الصورة'); if (!src) { return; }
          var alt = window.prompt('النص البديل للصورة') || '';
          var cap = window.prompt('تعليق الصورة') || '';
          var fig = j.createInside.element('figure');
          var img = j.createInside.element('img'); img.setAttribute('src', src); img.setAttribute('alt', alt);
          var fc = j.createInside.element('figcaption'); fc.textContent = cap;
          fig.appendChild(img); fig.appendChild(fc); j.s.insertNode(fig);
        }
      }
    },
    askBeforePasteHTML: false,
    defaultActionOnPaste: 'insert_clear_html',
    hidePoweredByJodit: true,
    showCharsCounter: true,
    showWordsCounter: true
  }) : null;

  // Counters beside fields with a limit.
  document.querySelectorAll('.count').forEach(function (el) {
    var input = document.getElementById(el.dataset.for);
    var max = el.dataset.max;
    var show = function () { el.textContent = input.value.length + ' / ' + max; };
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
  setInterval(function () { save(false); }, 30000);
  document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') { save(true); } });
  window.addEventListener('pagehide', function () { save(true); });
  form.addEventListener('submit', function () { last = payload().toString(); });
})();
