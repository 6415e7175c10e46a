// A batch of translations goes on by itself: each step is a normal form post, so the page works
// without JavaScript too (the editor presses "Continue").
document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form[data-batch-continue]");
  if (form) {
    form.requestSubmit();
  }
});
