// The translation status report and inbox: choosing a section or a language shows it at once (the
// "Show" button stays for browsers without JavaScript).
document.addEventListener("DOMContentLoaded", () => {
  for (const select of document.querySelectorAll(".translation-status__filter select")) {
    select.addEventListener("change", () => select.form.requestSubmit());
  }
});
