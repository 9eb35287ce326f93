// Tells the site that this article was read, once, after the page has loaded, so copies served
// from the page cache count too. No cookie, no identifier: an empty POST to the article's own
// view address. A page the browser prerendered counts only when the reader actually opens it,
// and a page opened in a background tab only when it is first shown.
(function () {
  "use strict";
  var el = document.querySelector("[data-view-url]");
  if (!el) {
    return;
  }
  var url = el.getAttribute("data-view-url");
  var sent = false;

  function send() {
    if (sent) {
      return;
    }
    sent = true;
    if (navigator.sendBeacon && navigator.sendBeacon(url)) {
      return;
    }
    if (window.fetch) {
      fetch(url, { method: "POST", keepalive: true, credentials: "omit" }).catch(function () {});
    }
  }

  function whenShown() {
    if (document.prerendering) {
      document.addEventListener("prerenderingchange", whenShown, { once: true });
    } else if (document.visibilityState === "hidden") {
      document.addEventListener("visibilitychange", whenShown, { once: true });
    } else {
      send();
    }
  }

  if (document.readyState === "complete") {
    whenShown();
  } else {
    window.addEventListener("load", whenShown, { once: true });
  }
})();
