// The home page desk: reorder pins and sections by drag and drop or with the ▲/▼ buttons (which
// keep the keyboard focus and announce the new place), move a pin to another zone with its zone
// menu, take it off with "إلغاء التثبيت". Only the page order changes here; "حفظ الواجهة" saves.
(function () {
  "use strict";
  var form = document.getElementById("front-form");
  if (!form) {
    return;
  }
  var live = document.getElementById("front-live");
  var dragged = null;

  function say(text) {
    if (live) {
      live.textContent = "";
      window.setTimeout(function () { live.textContent = text; }, 50);
    }
  }

  function zoneName(list) {
    var legend = list.closest("fieldset").querySelector("legend");
    return legend ? legend.firstChild.textContent.trim() : "";
  }

  // The place is announced in the digits the site writes (data-digits on <html>).
  var eastern = document.documentElement.getAttribute("data-digits") === "eastern";
  function digits(n) {
    var s = String(n);
    return eastern ? s.replace(/[0-9]/g, function (d) { return String.fromCharCode(0x0660 + +d); }) : s;
  }

  function placeOf(item) {
    var list = item.parentElement;
    var index = Array.prototype.indexOf.call(list.children, item) + 1;
    return "الموضع " + digits(index) + " في " + zoneName(list);
  }

  // A pin dropped into another zone takes that zone in its menu, so the form posts where it is.
  function settle(item) {
    var list = item.parentElement;
    var select = item.querySelector("select[name=zone]");
    if (select && list.dataset.zone) {
      select.value = list.dataset.zone;
    }
  }

  form.addEventListener("click", function (e) {
    var button = e.target.closest("button");
    if (!button) {
      return;
    }
    var item = button.closest("li.pin");
    if (button.classList.contains("move") && item) {
      e.preventDefault();
      if (button.dataset.move === "up" && item.previousElementSibling) {
        item.parentElement.insertBefore(item, item.previousElementSibling);
      } else if (button.dataset.move === "down" && item.nextElementSibling) {
        item.parentElement.insertBefore(item.nextElementSibling, item);
      }
      button.focus();
      say(placeOf(item));
    } else if (button.classList.contains("unpin") && item) {
      e.preventDefault();
      var list = item.parentElement;
      var next = item.nextElementSibling || item.previousElementSibling;
      item.remove();
      var focus = next ? next.querySelector("button") : list.closest("fieldset").querySelector("legend");
      if (focus && focus.focus) {
        focus.focus();
      }
      say("أُلغي التثبيت؛ احفظ الواجهة ليظهر ذلك على الموقع");
    }
  });

  form.addEventListener("change", function (e) {
    var select = e.target;
    if (select.name !== "zone" || select.value === "none") {
      return;
    }
    var item = select.closest("li.pin");
    var target = form.querySelector("ol.pins[data-zone='" + select.value + "']");
    if (item && target && item.parentElement !== target) {
      target.appendChild(item);
      say(placeOf(item));
    }
  });

  form.addEventListener("dragstart", function (e) {
    var item = e.target.closest && e.target.closest("li.pin");
    if (!item) {
      return;
    }
    dragged = item;
    item.classList.add("dragging");
    e.dataTransfer.effectAllowed = "move";
    e.dataTransfer.setData("text/plain", item.dataset.id || "");
  });

  form.addEventListener("dragend", function () {
    if (dragged) {
      dragged.classList.remove("dragging");
      dragged = null;
    }
  });

  // Pins move between the zones' lists; sections only within their own list.
  function targetList(e) {
    var list = e.target.closest && e.target.closest("ol.pins, ol.section-order");
    if (!dragged || !list) {
      return null;
    }
    var sameKind = list.classList.contains("pins") === dragged.parentElement.classList.contains("pins");
    return sameKind ? list : null;
  }

  form.addEventListener("dragover", function (e) {
    var list = targetList(e);
    if (!list) {
      return;
    }
    e.preventDefault();
    var over = e.target.closest("li.pin");
    if (over && over !== dragged && over.parentElement === list) {
      var box = over.getBoundingClientRect();
      var after = e.clientY > box.top + box.height / 2;
      list.insertBefore(dragged, after ? over.nextElementSibling : over);
    } else if (!over && dragged.parentElement !== list) {
      list.appendChild(dragged);
    }
  });

  form.addEventListener("drop", function (e) {
    if (targetList(e)) {
      e.preventDefault();
      settle(dragged);
      say(placeOf(dragged));
    }
  });
})();
