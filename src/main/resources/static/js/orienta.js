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
