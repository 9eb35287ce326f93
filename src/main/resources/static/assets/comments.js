// The comment form without a page reload. The form works without this file (post, then the page
// comes back with a notice); with it: a fresh form token as soon as the page runs (the page itself
// may come from the cache, up to 10 s old), "ردّ" buttons that pick the comment to answer, and a
// post by fetch that shows the outcome beside the button.
(function () {
  var form = document.getElementById("comment-form");
  if (!form || !window.fetch) {
    return;
  }
  var token = form.querySelector("input[name=token]");
  var status = form.querySelector(".comment-status");
  var button = form.querySelector(".comment-submit");
  var parent = form.querySelector("select[name=parentId]");
  var text = form.querySelector("textarea[name=text]");

  function refreshToken() {
    return fetch(form.getAttribute("data-token-url"), { headers: { "Accept": "application/json" }, credentials: "omit" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (j) { if (j && j.token) { token.value = j.token; } })
      .catch(function () { /* keep the page's own token */ });
  }
  refreshToken();

  document.querySelectorAll(".comments .reply-button").forEach(function (b) {
    b.hidden = false;
    b.addEventListener("click", function () {
      if (parent) {
        parent.value = b.getAttribute("data-reply");
      }
      text.focus();
      form.scrollIntoView({ block: "start" });
    });
  });

  function say(message, failed) {
    status.textContent = message;
    status.className = "comment-status " + (failed ? "is-error" : "is-done");
  }

  function clearErrors() {
    form.querySelectorAll("[aria-invalid]").forEach(function (el) { el.removeAttribute("aria-invalid"); });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearErrors();
    button.disabled = true;
    say("جارٍ الإرسال…", false);
    fetch(form.getAttribute("action").split("#")[0], {
      method: "POST",
      headers: { "Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8" },
      body: new URLSearchParams(new FormData(form)).toString(),
      credentials: "omit"
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (j) { return { ok: r.ok, body: j }; });
    }).then(function (res) {
      if (res.ok) {
        say(res.body.status === "approved" ? res.body.message : "تعليقك بانتظار المراجعة", false);
        text.value = "";
        if (parent) {
          parent.value = "";
        }
      } else {
        say(res.body.detail || "تعذّر إرسال التعليق؛ حاول مجدداً.", true);
        (res.body.errors || []).forEach(function (e) {
          var field = form.querySelector("[name=" + e.field + "]");
          if (field) {
            field.setAttribute("aria-invalid", "true");
          }
        });
      }
    }).catch(function () {
      say("تعذّر الاتصال بالموقع؛ تحقّق من الاتصال وحاول مجدداً.", true);
    }).then(function () {
      button.disabled = false;
      refreshToken();
    });
  });
})();
