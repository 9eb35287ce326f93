// The live "عاجل" strip: keeps the strip of this page current through Server-Sent Events
// (/live/breaking). Every event carries the whole strip, so the strip is simply rebuilt from it.
// The browser reconnects by itself and sends Last-Event-ID, so nothing is missed; if the server
// refuses the stream for a while (a restart), this script opens a new one from the last event seen.
// Without JavaScript the strip stays as the page was rendered. Text goes in with textContent only.
// The same stream carries live coverage updates ("event: live"), handed on as a "nashir:live" DOM event.
(function () {
  "use strict";
  var strip = document.querySelector("[data-breaking]");
  if (!strip || typeof window.EventSource !== "function") {
    return;
  }
  var list = strip.querySelector(".breaking-items");
  var stream = strip.getAttribute("data-stream") || "/live/breaking";
  var path = stream.split("?")[0];
  var match = /[?&]after=(\d+)/.exec(stream);
  var lastId = match ? match[1] : null;
  var shown = null;
  var source = null;
  var retryDelay = 1000;

  function safeUrl(url) {
    return typeof url === "string" && url.length <= 2000 && !/[\s"<>\\]/.test(url)
      && (/^https?:\/\//i.test(url) || /^\/(?!\/)/.test(url));
  }

  function item(data) {
    var li = document.createElement("li");
    li.setAttribute("data-id", String(data.id));
    var time = document.createElement("time");
    time.setAttribute("datetime", String(data.datetime || ""));
    time.textContent = String(data.time || "");
    li.appendChild(time);
    li.appendChild(document.createTextNode("\n        "));
    var text;
    if (data.url && safeUrl(data.url)) {
      text = document.createElement("a");
      text.setAttribute("href", data.url);
    } else {
      text = document.createElement("span");
    }
    // Editorial text: right to left like the page (no dir=auto, which a first Latin word would turn around).
    text.textContent = String(data.text);
    li.appendChild(text);
    return li;
  }

  function render(items) {
    var signature = JSON.stringify(items);
    if (signature === shown) {
      return;
    }
    shown = signature;
    var fresh = document.createDocumentFragment();
    items.forEach(function (data) { fresh.appendChild(item(data)); });
    if (items.length === 0) {
      var none = document.createElement("li");
      none.className = "breaking-none";
      none.textContent = strip.getAttribute("data-none") || "";
      fresh.appendChild(none);
    }
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    list.appendChild(fresh);
    strip.setAttribute("data-event", lastId || "");
  }

  function onBreaking(event) {
    var data;
    try {
      data = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    if (event.lastEventId) {
      lastId = event.lastEventId;
    }
    if (data && Array.isArray(data.items)) {
      render(data.items);
    }
    // A snapshot means the stream could not replay what this page missed: a live coverage on
    // the page (live-coverage.js) reloads its updates.
    if (data && data.kind === "snapshot") {
      document.dispatchEvent(new CustomEvent("nashir:live-resync"));
    }
  }

  // Live coverage updates travel in the same stream; the coverage's own script applies them.
  function onLive(event) {
    var data;
    try {
      data = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    if (event.lastEventId) {
      lastId = event.lastEventId;
      strip.setAttribute("data-event", lastId);
    }
    document.dispatchEvent(new CustomEvent("nashir:live", { detail: data }));
  }

  function connect() {
    source = new EventSource(lastId === null ? path : path + "?after=" + encodeURIComponent(lastId));
    source.addEventListener("breaking", onBreaking);
    source.addEventListener("live", onLive);
    source.addEventListener("open", function () {
      retryDelay = 1000;
      strip.setAttribute("data-live", "open");
    });
    source.addEventListener("error", function () {
      strip.setAttribute("data-live", "reconnecting");
      // CONNECTING: the browser retries by itself. CLOSED: it gave up (an error status); retry here.
      if (source.readyState === EventSource.CLOSED) {
        source = null;
        setTimeout(connect, retryDelay);
        retryDelay = Math.min(retryDelay * 2, 30000);
      }
    });
  }

  // A page restored from the back/forward cache has lost its stream: open a new one.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && (!source || source.readyState === EventSource.CLOSED)) {
      connect();
    }
  });
  window.addEventListener("pagehide", function () {
    if (source) {
      source.close();
    }
  });
  connect();
})();
