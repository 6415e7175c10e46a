// wagtail-localize 1.14's editor writes its heading in English, whatever the admin's language
// ("English to Français translation": a template literal in its compiled React code, outside its
// catalog). localization/upstream.py lists this correction; the page gives both texts in
// #agora-editor-heading, and this replaces the one with the other wherever React renders it.
(() => {
  const data = document.getElementById("agora-editor-heading");
  if (!data) {
    return;
  }
  const { upstream, ours } = data.dataset;
  if (upstream === ours) {
    return; // an English admin: nothing to change (and changing a text to itself would wake the observer)
  }
  const replace = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeValue.trim() === upstream) {
        node.nodeValue = node.nodeValue.replace(upstream, ours);
      }
    }
  };
  const start = () => {
    replace(document.body);
    new MutationObserver((changes) => {
      for (const change of changes) {
        for (const added of change.addedNodes) {
          replace(added.nodeType === Node.TEXT_NODE ? added.parentNode || document.body : added);
        }
        if (change.type === "characterData" && change.target.parentNode) {
          replace(change.target.parentNode);
        }
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
