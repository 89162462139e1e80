// Orienta's only script: htmx requests carry the CSRF token; uploads show their progress.
document.addEventListener("DOMContentLoaded", function () {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener("htmx:configRequest", function (event) {
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  document.body.addEventListener("htmx:xhr:progress", function (event) {
    var bar = document.querySelector("[data-upload-progress]");
    if (bar && event.detail.lengthComputable) {
      var percent = Math.round((event.detail.loaded / event.detail.total) * 100);
      bar.value = percent;
      bar.textContent = percent + "%";
    }
  });
  // the main menu on narrow screens (Bootstrap Italia's markup, without its 1 MB bundle)
  document.querySelectorAll("[data-orienta-toggle]").forEach(function (button) {
    var menu = document.getElementById(button.getAttribute("data-orienta-toggle"));
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", String(open));
      menu.classList.toggle("expanded", open);
      menu.style.display = open ? "block" : "";
    });
  });
  // the grouped main menu: each group is a disclosure button (aria-expanded) that shows its list of links; one group
  // open at a time, Escape closes it and gives focus back to its button, a click elsewhere closes it
  var menuButtons = Array.prototype.slice.call(document.querySelectorAll("[data-orienta-menu]"));
  function setMenu(button, open) {
    var list = document.getElementById(button.getAttribute("aria-controls"));
    button.setAttribute("aria-expanded", String(open));
    button.classList.toggle("show", open);
    if (list) {
      list.classList.toggle("show", open);
    }
  }
  menuButtons.forEach(function (button) {
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      menuButtons.forEach(function (other) {
        if (other !== button) {
          setMenu(other, false);
        }
      });
      setMenu(button, open);
    });
    button.parentElement.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
        setMenu(button, false);
        button.focus();
      }
    });
  });
  document.addEventListener("click", function (event) {
    menuButtons.forEach(function (button) {
      if (!button.parentElement.contains(event.target)) {
        setMenu(button, false);
      }
    });
  });
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.getAttribute("data-confirm"))) {
        event.preventDefault();
      }
    });
  });
});

// The running clock of a meeting: elapsed minutes since it started, and the warning that closing now would fall
// outside the activity's time standard. The server judges again on closing; this only warns in advance.
(function () {
  function tick(clock) {
    var started = Number(clock.dataset.started);
    var min = clock.dataset.min ? Number(clock.dataset.min) : null;
    var max = clock.dataset.max ? Number(clock.dataset.max) : null;
    var minutes = Math.max(0, Math.floor((Date.now() - started) / 60000));
    var seconds = Math.max(0, Math.floor((Date.now() - started) / 1000)) % 60;
    var elapsed = clock.querySelector('[data-clock-elapsed]');
    if (elapsed) {
      elapsed.textContent = minutes + ':' + (seconds < 10 ? '0' : '') + seconds;
    }
    var state = (max !== null && minutes > max) ? 'over' : (min !== null && minutes < min) ? 'under' : 'within';
    if (clock.dataset.state !== state) {
      clock.dataset.state = state;
      document.querySelectorAll('[data-clock-warning]').forEach(function (w) {
        w.hidden = w.dataset.clockWarning !== state;
      });
    }
  }
  function start() {
    document.querySelectorAll('[data-meeting-clock]').forEach(function (clock) {
      tick(clock);
      setInterval(function () { tick(clock); }, 1000);
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

// The profession combobox (ARIA 1.2 "combobox with listbox popup"): the options are asked of the server while the
// user types (data-source answers <li role="option">s); arrows move through them, Enter or a click chooses one,
// Escape closes the list. The input keeps "title · code", which the server reads; without script the field still
// takes a code.
(function () {
  function setup(box) {
    var input = box.querySelector('[role="combobox"]');
    var list = box.querySelector('[role="listbox"]');
    var status = box.querySelector('[data-combobox-status]');
    var timer = null;
    var asked = 0;
    var active = -1;
    function options() {
      return Array.prototype.slice.call(list.querySelectorAll('[role="option"]:not([aria-disabled="true"])'));
    }
    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }
    function highlight(index) {
      var all = options();
      all.forEach(function (o, i) { o.setAttribute('aria-selected', String(i === index)); });
      active = index;
      if (index >= 0 && all[index]) {
        input.setAttribute('aria-activedescendant', all[index].id);
        all[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }
    function choose(option) {
      input.value = option.getAttribute('data-value');
      close();
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    function ask() {
      var q = input.value.trim();
      if (q.length < 2) { list.innerHTML = ''; close(); return; }
      var ticket = ++asked;
      var url = box.getAttribute('data-source') + '?list=' + encodeURIComponent(list.id) + '&q=' + encodeURIComponent(q);
      fetch(url, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.text() : ''; })
        .then(function (html) {
          if (ticket !== asked) { return; }
          list.innerHTML = html;
          var n = options().length;
          list.hidden = list.children.length === 0;
          input.setAttribute('aria-expanded', String(!list.hidden));
          active = -1;
          if (status) { status.textContent = n === 0 ? (box.getAttribute('data-none') || '0') : String(n); }
        });
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 120);
    });
    input.addEventListener('keydown', function (e) {
      var all = options();
      if (e.key === 'ArrowDown') {
        if (list.hidden) { ask(); return; }
        e.preventDefault();
        highlight(Math.min(active + 1, all.length - 1));
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (e.key === 'Enter' && !list.hidden && active >= 0 && all[active]) {
        e.preventDefault();
        choose(all[active]);
      } else if (e.key === 'Escape') {
        close();
      }
    });
    list.addEventListener('mousedown', function (e) {
      var option = e.target.closest('[role="option"]');
      if (option && option.getAttribute('aria-disabled') !== 'true') {
        e.preventDefault();
        choose(option);
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
  }
  function start() {
    document.querySelectorAll('[data-combobox]').forEach(setup);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

// A long extraction: the page asks for its progress every second (the element's data-poll URL answers the same
// fragment) until it is done, then shows the download link the fragment brings.
(function () {
  function poll(el) {
    var url = el.getAttribute('data-poll');
    if (!url) { return; }
    setTimeout(function () {
      fetch(url, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
        .then(function (r) { return r.text(); })
        .then(function (html) {
          var holder = document.createElement('div');
          holder.innerHTML = html;
          var next = holder.firstElementChild;
          if (next) {
            el.replaceWith(next);
            poll(next);
          }
        });
    }, 1000);
  }
  function start() {
    document.querySelectorAll('[data-poll]').forEach(poll);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

// "Once only" (issue 14): on the registration form, the sex, birth date and birth place the codice fiscale encodes
// fill the fields still empty as soon as the code is typed; the operator can change them, and registering checks
// them against the code again.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.querySelector("form[data-birth-url]");
  var input = form && form.querySelector("input[name=taxCode]");
  if (!input) {
    return;
  }
  function empty(name) {
    var field = form.querySelector("input[name=" + name + "]");
    return field && !field.value ? field : null;
  }
  input.addEventListener("change", function () {
    var code = input.value.replace(/\s+/g, "").toUpperCase();
    if (code.length !== 16) {
      return;
    }
    fetch(form.dataset.birthUrl + "?taxCode=" + encodeURIComponent(code), {
      credentials: "same-origin",
      headers: { Accept: "application/json" }
    }).then(function (response) {
      return response.status === 200 ? response.json() : null;
    }).then(function (birth) {
      if (!birth) {
        return;
      }
      var filled = false;
      if (!form.querySelector("input[name=sex]:checked")) {
        var sex = form.querySelector("input[name=sex][value=" + birth.sex + "]");
        if (sex) { sex.checked = true; filled = true; }
      }
      var date = empty("birthDate");
      if (date && birth.birthDate) { date.value = birth.birthDate; filled = true; }
      var municipality = empty("birthMunicipalityCode");
      if (municipality && birth.birthMunicipalityCode) { municipality.value = birth.birthPlaceChoice; filled = true; }
      var country = empty("birthCountryCode");
      if (country && birth.birthCountryCode) { country.value = birth.birthPlaceChoice; filled = true; }
      var status = document.getElementById("tax-code-filled");
      if (filled && status) {
        status.textContent = status.dataset.message.replace("{0}", birth.birthPlace || "");
      }
    }).catch(function () { /* the form still works by hand */ });
  });
});

// The PSP interview (agreement pages): a link of its index or of a checklist moves the focus to its section's heading
// or to its field; after a section is saved (htmx swap or page load) the focus goes to that section's message; a
// refused signature's list of what to put right takes the focus.
(function () {
  function focusTarget(id) {
    var el = id ? document.getElementById(id) : null;
    if (!el) { return; }
    if (el.tagName === 'SECTION') { el = el.querySelector('h2') || el; }
    // a group of radios or checkboxes (an error summary's link to "#sex"): its first control
    if (el.tagName === 'FIELDSET') { el = el.querySelector('input:not([type=hidden]), select, textarea') || el; }
    if (!el.matches('a[href], button, input, select, textarea, [tabindex]')) { el.setAttribute('tabindex', '-1'); }
    el.focus({ preventScroll: true });
  }
  function focusSaved() {
    var message = document.querySelector('[data-saved-message]:not([data-focused])');
    if (message) {
      message.setAttribute('data-focused', '');
      message.focus();
      return true;
    }
    return false;
  }
  // a form's error summary (or a refused signature's list) takes the focus once, on load or after an htmx swap
  function focusRefusal() {
    var refusal = document.querySelector('[data-focus-on-load]:not([data-focused])');
    if (refusal) {
      refusal.setAttribute('data-focused', '');
      refusal.focus();
      return true;
    }
    return false;
  }
  function start() {
    document.addEventListener('click', function (e) {
      var link = e.target.closest ? e.target.closest('a[data-focus-link]') : null;
      if (!link || link.pathname !== location.pathname || !link.hash) { return; }
      // the browser scrolls to the fragment first (under the sticky bar's margin), then the focus follows
      setTimeout(function () { focusTarget(decodeURIComponent(link.hash.substring(1))); }, 0);
    });
    document.body.addEventListener('htmx:afterSettle', function () { focusRefusal() || focusSaved(); });
    // once the page is loaded and the browser has scrolled to the fragment (which would take the focus back)
    function onLoad() {
      setTimeout(function () {
        if (!focusRefusal() && document.querySelector('[data-psp]') && !focusSaved() && location.hash) {
          focusTarget(decodeURIComponent(location.hash.substring(1)));
        }
      }, 0);
    }
    if (document.readyState === 'complete') {
      onLoad();
    } else {
      window.addEventListener('load', onLoad);
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

// "Once only" (issue 14): a button copies a read-only text (the regional text of an occupation) with the Clipboard
// API and says so in its live region; where the API is absent (an insecure origin, an old browser) or refused, the
// text is selected and the region says how to copy it. Without script the button stays hidden and the text can be
// selected by hand.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("button[data-copy-target]").forEach(function (button) {
    var text = document.getElementById(button.dataset.copyTarget);
    var status = document.getElementById(button.dataset.copyTarget + "-status");
    if (!text) {
      return;
    }
    function say(message) {
      if (status) {
        status.textContent = "";
        // a new text in the live region, even when the same message is said twice
        setTimeout(function () { status.textContent = message; }, 50);
      }
    }
    function select() {
      text.focus();
      text.select();
      say(button.dataset.selected);
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text.value).then(function () {
          say(button.dataset.copied);
        }, select);
      } else {
        select();
      }
    });
  });
});
