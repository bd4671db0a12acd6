/* Assessment administration pages (question bank, blueprints): the form grows in the browser.
   - "增加小题" copies the blank sub-question block of the group form (numbered q<n>_);
   - "增加规则" copies the blank rule row of the blueprint form (numbered r<n>_).
   The server reads whatever blocks arrive and skips blank ones, so the forms also work without this. */
(function () {
  "use strict";

  function grow(button, templateSel, holderSel, pattern, prefix) {
    var form = button.closest("form");
    var template = form.querySelector(templateSel), holder = form.querySelector(holderSel);
    if (!template || !holder) { return; }
    var n = holder.children.length;
    var html = template.innerHTML.replace(pattern, function (all, head) { return head + n + "_"; });
    var box = document.createElement("div");
    box.innerHTML = html;
    box.querySelectorAll("[data-sub-number]").forEach(function (el) { el.textContent = String(n + 1); });
    while (box.firstChild) {
      var child = box.firstChild;
      box.removeChild(child);
      if (child.nodeType === 1) { child.setAttribute("data-" + prefix, String(n)); }
      holder.appendChild(child);
    }
  }

  document.addEventListener("click", function (ev) {
    var add = ev.target.closest && ev.target.closest("[data-add-sub]");
    if (add) { ev.preventDefault(); grow(add, "template[data-sub-template]", "[data-subs]", /(\bq)999_/g, "sub"); }
    var rule = ev.target.closest && ev.target.closest("[data-add-rule]");
    if (rule) { ev.preventDefault(); grow(rule, "template[data-rule-template]", "[data-rules]", /(\br)999_/g, "rule"); }
  });
})();
