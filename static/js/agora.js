// Progressive enhancement only: every feature works without this file.
(function () {
  "use strict";
  // Close the language menu on Escape or a click elsewhere, as people expect of a menu.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    document.querySelectorAll("details.language-switcher[open]").forEach(function (menu) {
      menu.removeAttribute("open");
      menu.querySelector("summary").focus();
    });
  });
  document.addEventListener("click", function (event) {
    document.querySelectorAll("details.language-switcher[open]").forEach(function (menu) {
      if (!menu.contains(event.target)) menu.removeAttribute("open");
    });
  });

  // Videos: the third-party player loads only after the visitor asks for it.
  document.querySelectorAll("[data-video] .video__load[data-embed-src]").forEach(function (button) {
    if (!button.dataset.embedSrc) return;
    button.addEventListener("click", function (event) {
      event.preventDefault();
      var frame = document.createElement("iframe");
      frame.src = button.dataset.embedSrc + "?autoplay=1";
      frame.title = button.dataset.embedTitle;
      frame.allow = "autoplay; fullscreen; picture-in-picture";
      frame.setAttribute("allowfullscreen", "");
      frame.className = "video__frame";
      var placeholder = button.closest(".video__placeholder");
      placeholder.replaceWith(frame);
      frame.focus();
    });
  });
})();
