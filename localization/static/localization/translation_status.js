// The translation status report: choosing a section shows it at once (the "Show" button stays for
// browsers without JavaScript).
document.addEventListener("DOMContentLoaded", () => {
  const select = document.getElementById("id_section");
  if (select && select.form) {
    select.addEventListener("change", () => select.form.requestSubmit());
  }
});
