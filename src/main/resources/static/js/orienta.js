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
