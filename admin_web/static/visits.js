/* 就医助手: the institutions' health chart, registered with the console's chart loader (admin.js
   draws every [data-chart] from its data-src JSON) and built by its shared helper (window.huiyiChart);
   the step editor's 上移 / 下移 done in the page without a round trip (the buttons post to the
   server when scripts are off, which reorders the same way). */
(function () {
  "use strict";

  function renumber(tbody) {
    Array.prototype.forEach.call(tbody.querySelectorAll("tr[data-row]"), function (tr, i, all) {
      tr.setAttribute("data-row", String(i));
      tr.querySelector("[data-position]").textContent = String(i + 1);
      Array.prototype.forEach.call(tr.querySelectorAll("[name]"), function (el) {
        el.name = el.name.replace(/_\d+$/, "_" + i);
      });
      Array.prototype.forEach.call(tr.querySelectorAll("[data-move]"), function (b) {
        var up = b.getAttribute("data-move") === "up";
        b.value = (up ? "up:" : "down:") + i;
        b.disabled = up ? i === 0 : i === all.length - 1;
      });
    });
  }

  document.addEventListener("click", function (ev) {
    var b = ev.target.closest && ev.target.closest("[data-steps-form] [data-move]");
    if (!b) { return; }
    ev.preventDefault();
    var tr = b.closest("tr"), tbody = tr.parentNode;
    if (b.getAttribute("data-move") === "up" && tr.previousElementSibling) {
      tbody.insertBefore(tr, tr.previousElementSibling);
    } else if (b.getAttribute("data-move") === "down" && tr.nextElementSibling) {
      tbody.insertBefore(tr.nextElementSibling, tr);
    }
    renumber(tbody);
    var again = tr.querySelector('[data-move="' + b.getAttribute("data-move") + '"]');
    if (again && !again.disabled) { again.focus(); }
  });

  var charts = window.huiyiCharts, chart = window.huiyiChart;
  if (!charts || !chart) { return; }

  charts.visits_health = function (data) {
    var rows = data.institutions;
    return chart.bars({
      color: ["#0b5cad", "#1a7f37", "#64748b", "#d97706", "#b42318"],
      categories: rows.map(function (r) { return r.institution; }),
      series: [{ name: "接收", data: rows.map(function (r) { return r.received; }) },
               { name: "已应用", data: rows.map(function (r) { return r.applied; }) },
               { name: "重复", data: rows.map(function (r) { return r.duplicates; }) },
               { name: "拒收", data: rows.map(function (r) { return r.refused; }) },
               { name: "隔离", data: rows.map(function (r) { return r.quarantined; }) }]
    });
  };
})();
