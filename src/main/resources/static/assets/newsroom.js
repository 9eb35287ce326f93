// Nashir newsroom, every page: the menu button on narrow screens, confirmation dialogs, and the
// pickers (bylines, tags, an article for the breaking desk's link). Each works on top of a plain
// form: without this script the menu's links wrap, the server asks for confirmation on its own
// page, and the pickers' fields are typed as text.
(function () {
  'use strict';

  // The menu: collapsed behind a button on narrow screens (CSS decides the width).
  var bar = document.querySelector('.admin-bar');
  var toggle = document.getElementById('menu-toggle');
  if (bar && toggle) {
    bar.classList.add('has-toggle');
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
      var open = bar.classList.toggle('menu-open');
      toggle.setAttribute('aria-expanded', String(open));
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && bar.classList.contains('menu-open')) {
        bar.classList.remove('menu-open');
        toggle.setAttribute('aria-expanded', 'false');
        toggle.focus();
      }
    });
  }

  function ready(fn) {
    if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', fn); } else { fn(); }
  }

  // Text the pickers show (names of tags, writers, articles) in the digits the site writes, as the
  // server's pages do: with Eastern digits, every number outside a Latin word or an address.
  var eastern = document.documentElement.getAttribute('data-digits') === 'eastern';
  function shown(text) {
    if (!eastern || text == null) { return text; }
    return String(text).replace(/[^\s]+/g, function (word) {
      return /[A-Za-z@\/]/.test(word) ? word : word.replace(/[0-9]/g, function (d) { return String.fromCharCode(0x0660 + +d); });
    });
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var readable = k === 'aria-label' || k === 'title' || k === 'placeholder';
      e.setAttribute(k, readable ? shown(attrs[k]) : attrs[k]);
    });
    if (text != null) { e.textContent = shown(text); }
    return e;
  }

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); });
  }

  // A question with two buttons in a modal dialog; resolves true on "yes".
  function confirmDialog(question, yes) {
    return new Promise(function (resolve) {
      var d = el('dialog', { 'class': 'confirm', 'aria-labelledby': 'confirm-q' });
      d.appendChild(el('p', { id: 'confirm-q' }, question));
      var row = el('div', { 'class': 'editor-buttons' });
      var ok = el('button', { type: 'button', 'class': 'primary', id: 'confirm-yes' }, yes);
      var no = el('button', { type: 'button', id: 'confirm-no' }, 'إلغاء');
      row.appendChild(ok); row.appendChild(no); d.appendChild(row);
      document.body.appendChild(d);
      function done(v) { d.close(); d.remove(); resolve(v); }
      ok.addEventListener('click', function () { done(true); });
      no.addEventListener('click', function () { done(false); });
      d.addEventListener('cancel', function (e) { e.preventDefault(); done(false); });
      d.showModal();
      ok.focus();
    });
  }

  function addHidden(form, name, value) {
    var h = form.querySelector('input[type=hidden][name="' + name + '"]');
    if (!h) { h = el('input', { type: 'hidden', name: name }); form.appendChild(h); }
    h.value = value;
  }

  // Forms that publish: asked once in a dialog, then sent with confirm=true (the server's own
  // confirmation page is for pages without this script).
  function confirmForms() {
    document.querySelectorAll('form[data-confirm]').forEach(function (form) {
      form.addEventListener('submit', function (e) {
        if (form.dataset.confirmed === 'true') { return; }
        e.preventDefault();
        confirmDialog(form.dataset.confirm, form.dataset.confirmYes || 'نعم').then(function (yes) {
          if (!yes) { return; }
          addHidden(form, form.dataset.confirmField || 'confirm', 'true');
          form.dataset.confirmed = 'true';
          form.submit();
        });
      });
    });
    // The editor: only a save that takes the article out to readers is asked about.
    var editor = document.getElementById('editor');
    if (editor && editor.dataset.publishQuestion) {
      editor.addEventListener('submit', function (e) {
        var submitter = e.submitter;
        // The preview saves nothing; the server's own "yes, publish" button is the confirmation.
        if (submitter && (submitter.id === 'preview-button' || submitter.name === 'confirmPublish')) { return; }
        if (editor.dataset.confirmed === 'true' || document.getElementById('f-status').value !== 'published') { return; }
        e.preventDefault();
        confirmDialog(editor.dataset.publishQuestion, 'نعم، انشر').then(function (yes) {
          if (!yes) { return; }
          addHidden(editor, 'confirmPublish', 'true');
          editor.dataset.confirmed = 'true';
          editor.requestSubmit(submitter && submitter.form === editor ? submitter : undefined);
        });
      });
    }
  }

  // A text box with a list of suggestions under it (ARIA combobox): arrows move, Enter picks.
  function combobox(input, list, fetchItems, render, pick) {
    var items = [];
    var active = -1;
    var timer = null;
    var seq = 0;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('autocomplete', 'off');
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    function close() { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; }
    function show(found) {
      items = found;
      list.innerHTML = '';
      found.forEach(function (item, i) {
        var li = el('li', { role: 'option', id: list.id + '-' + i, 'aria-selected': 'false' });
        render(li, item);
        li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(i); });
        list.appendChild(li);
      });
      list.hidden = found.length === 0;
      input.setAttribute('aria-expanded', String(found.length > 0));
      active = -1;
    }
    function move(to) {
      var options = list.querySelectorAll('[role=option]');
      if (!options.length) { return; }
      active = (to + options.length) % options.length;
      options.forEach(function (o, i) { o.setAttribute('aria-selected', String(i === active)); });
      input.setAttribute('aria-activedescendant', options[active].id);
      options[active].scrollIntoView({ block: 'nearest' });
    }
    function choose(i) { var item = items[i]; close(); input.value = ''; pick(item); input.focus(); }
    function query() {
      var mine = ++seq;
      fetchItems(input.value.trim()).then(function (found) { if (mine === seq) { show(found); } }, function () {});
    }
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(query, 150); });
    input.addEventListener('focus', function () { if (input.value.trim()) { query(); } });
    input.addEventListener('blur', function () { setTimeout(close, 100); });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') { e.preventDefault(); if (list.hidden) { query(); } else { move(active + 1); } }
      else if (e.key === 'ArrowUp') { e.preventDefault(); move(active - 1); }
      else if (e.key === 'Enter' && !list.hidden && active >= 0) { e.preventDefault(); choose(active); }
      else if (e.key === 'Escape' && !list.hidden) { e.preventDefault(); close(); }
    });
    return { choose: choose, items: function () { return items; }, close: close };
  }

  function chip(text, kindLabel, onRemove) {
    var li = el('li', { 'class': 'chip' });
    if (kindLabel) { li.appendChild(el('span', { 'class': 'chip-kind' }, kindLabel)); }
    li.appendChild(el('bdi', {}, text));
    var x = el('button', { type: 'button', 'class': 'chip-remove', 'aria-label': 'إزالة ' + text }, '×');
    x.addEventListener('click', onRemove);
    li.appendChild(x);
    return li;
  }

  function announce(region, text) { if (region) { region.textContent = shown(text); } }

  // Bylines: one desk, or one or more authors, chosen by name. The old fields stay in the form
  // (hidden) and carry the choice: bylineType, desk (its name), authors (slugs).
  function bylinePicker() {
    var box = document.getElementById('byline-picker');
    if (!box) { return; }
    var fieldset = box.closest('fieldset');
    var deskInput = document.getElementById('f-byline-desk');
    var authorsInput = document.getElementById('f-byline-authors');
    var radios = fieldset.querySelectorAll('input[name=bylineType]');
    var chosen = JSON.parse(box.dataset.chosen || '[]');
    var chips = el('ul', { 'class': 'chips', id: 'byline-chips', 'aria-label': 'التوقيع المختار' });
    var input = el('input', { type: 'search', id: 'byline-search', dir: 'auto', placeholder: 'ابحث باسم كاتب أو مكتب' });
    var label = el('label', { 'for': 'byline-search' }, 'أضف كاتباً أو مكتباً');
    var list = el('ul', { 'class': 'suggestions', id: 'byline-options' });
    var live = el('p', { 'class': 'visually-hidden', 'aria-live': 'polite' });
    fieldset.querySelectorAll('.byline-plain').forEach(function (n) { n.hidden = true; });
    box.hidden = false;
    box.appendChild(chips); box.appendChild(label); box.appendChild(input); box.appendChild(list); box.appendChild(live);

    function sync() {
      var desk = chosen.filter(function (c) { return c.kind === 'desk'; })[0];
      radios.forEach(function (r) { r.checked = (r.value === (desk ? 'desk' : 'authors')); });
      deskInput.value = desk ? desk.name : '';
      authorsInput.value = chosen.filter(function (c) { return c.kind === 'author'; }).map(function (c) { return c.slug; }).join(', ');
      chips.innerHTML = '';
      chosen.forEach(function (c, i) {
        chips.appendChild(chip(c.name, c.kind === 'desk' ? 'مكتب' : 'كاتب', function () {
          chosen.splice(i, 1); sync(); announce(live, 'أُزيل ' + c.name); input.focus();
        }));
      });
    }
    combobox(input, list, function (q) {
      return getJson('/admin/lookup/bylines?q=' + encodeURIComponent(q)).then(function (j) {
        var taken = chosen.map(function (c) { return c.kind + ':' + c.slug; });
        return j.authors.map(function (a) { return { kind: 'author', slug: a.slug, name: a.name }; })
          .concat(j.desks.map(function (d) { return { kind: 'desk', slug: d.slug, name: d.name }; }))
          .filter(function (c) { return taken.indexOf(c.kind + ':' + c.slug) < 0; });
      });
    }, function (li, c) {
      li.appendChild(el('bdi', {}, c.name));
      li.appendChild(el('span', { 'class': 'muted' }, c.kind === 'desk' ? ' — مكتب تحرير' : ' — كاتب'));
    }, function (c) {
      // A desk signs alone; an author replaces a desk and joins other authors.
      chosen = c.kind === 'desk' ? [c] : chosen.filter(function (x) { return x.kind === 'author'; }).concat([c]);
      sync();
      announce(live, 'أُضيف ' + c.name);
    });
    sync();
  }

  // Tags: chips, and suggestions for whichever tag is being typed (not only the first). A name no
  // tag has becomes a new tag on saving, for roles that may create tags.
  function tagField() {
    var field = document.getElementById('f-tags');
    if (!field || !field.form || field.form.id !== 'editor') { return; }
    var names = field.value.split(/[,،]/).map(function (s) { return s.trim(); }).filter(Boolean);
    var wrap = el('div', { 'class': 'tag-field', id: 'tag-field' });
    var chips = el('ul', { 'class': 'chips', id: 'tag-chips', 'aria-label': 'الوسوم المختارة' });
    var input = el('input', { type: 'text', id: 'tag-input', dir: 'auto', placeholder: 'اكتب وسماً ثم اختره أو اضغط Enter' });
    var list = el('ul', { 'class': 'suggestions', id: 'tag-options' });
    var note = el('p', { 'class': 'hint muted', id: 'tag-note', 'aria-live': 'polite' });
    var mayCreate = field.dataset.mayCreate === 'true';
    field.hidden = true;
    field.removeAttribute('list');
    var label = document.querySelector('label[for=f-tags]');
    if (label) { label.setAttribute('for', 'tag-input'); label.textContent = 'الوسوم'; }
    field.insertAdjacentElement('afterend', wrap);
    wrap.appendChild(chips); wrap.appendChild(input); wrap.appendChild(list); wrap.appendChild(note);

    function sync() {
      field.value = names.join('، ');
      chips.innerHTML = '';
      names.forEach(function (n, i) {
        chips.appendChild(chip(n, null, function () { names.splice(i, 1); sync(); input.focus(); }));
      });
    }
    function add(name) {
      name = name.replace(/\s+/g, ' ').trim();
      if (!name) { return; }
      if (names.indexOf(name) < 0) { names.push(name); }
      note.textContent = '';
      sync();
    }
    var box = combobox(input, list, function (q) {
      if (!q) { return Promise.resolve([]); }
      return getJson('/admin/lookup/tags?q=' + encodeURIComponent(q)).then(function (j) {
        var found = j.tags.filter(function (t) { return names.indexOf(t) < 0; }).map(function (t) { return { name: t }; });
        var exact = j.tags.some(function (t) { return t === q; });
        if (!exact && j.mayCreate && names.indexOf(q) < 0) { found.push({ name: q, create: true }); }
        return found;
      });
    }, function (li, t) {
      if (t.create) { li.appendChild(el('span', { 'class': 'muted' }, 'وسم جديد: ')); }
      li.appendChild(el('bdi', {}, t.name));
    }, function (t) { add(t.name); });
    input.addEventListener('keydown', function (e) {
      var typed = input.value.trim();
      if ((e.key === 'Enter' || e.key === ',' || e.key === '،') && typed && !e.defaultPrevented) {
        e.preventDefault();
        var match = box.items().filter(function (t) { return t.name === typed || (!t.create && t.name.length && typed.length && t.name.indexOf(typed) === 0); })[0];
        if (match) { add(match.name); input.value = ''; box.close(); return; }
        if (mayCreate) { add(typed); input.value = ''; box.close(); } else { note.textContent = 'اختر وسماً موجوداً من القائمة؛ إنشاء وسم جديد يتطلب دور محرر أو أعلى.'; }
      } else if (e.key === 'Backspace' && !input.value && names.length) {
        names.pop(); sync();
      }
    });
    // A tag typed but not yet turned into a chip is still saved.
    field.form.addEventListener('submit', function () {
      var typed = input.value.trim();
      if (typed && (mayCreate || box.items().some(function (t) { return t.name === typed; }))) { add(typed); input.value = ''; }
    }, true);
    sync();
  }

  // The breaking desk: find a published article by its headline for the link.
  function articlePicker() {
    document.querySelectorAll('[data-article-picker]').forEach(function (url) {
      var box = el('div', { 'class': 'article-picker' });
      var label = el('label', { 'for': url.id + '-search' }, 'أو ابحث عن مقال منشور بعنوانه');
      var input = el('input', { type: 'search', id: url.id + '-search', dir: 'auto', placeholder: 'كلمات من العنوان' });
      var list = el('ul', { 'class': 'suggestions', id: url.id + '-options' });
      var picked = el('p', { 'class': 'picked muted', id: url.id + '-picked', 'aria-live': 'polite' });
      box.appendChild(label); box.appendChild(input); box.appendChild(list); box.appendChild(picked);
      url.closest('label').insertAdjacentElement('afterend', box);
      combobox(input, list, function (q) {
        return getJson('/admin/lookup/articles?q=' + encodeURIComponent(q)).then(function (j) { return j.articles; });
      }, function (li, a) {
        li.appendChild(el('bdi', {}, a.headline));
        if (a.published) { li.appendChild(el('span', { 'class': 'muted' }, ' — ' + a.published)); }
      }, function (a) {
        url.value = a.url;
        picked.textContent = shown('الرابط: ' + a.headline);
      });
    });
  }

  // The headline is one line, shown on several: Enter does not break it.
  function headlineField() {
    var headline = document.getElementById('f-headline');
    if (headline && headline.tagName === 'TEXTAREA') {
      headline.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); } });
    }
  }

  ready(function () {
    headlineField();
    confirmForms();
    bylinePicker();
    tagField();
    articlePicker();
  });
})();
