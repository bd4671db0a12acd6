/* Huiyi admin console: the little the pages do in the browser.
   - row selection: "select all", the selected count, batch buttons enabled only with a selection;
   - export of the selected rows (or, with none selected, of the filtered list);
   - the file-size check of imports before uploading;
   - the confirmation of forms marked data-confirm;
   - the ECharts charts of the statistics page, drawn from the page's JSON endpoint.
   Everything is bound by delegation or after each htmx swap, so lists swapped in by htmx work too. */
(function () {
  "use strict";

  function boxes(scope, name) {
    return Array.prototype.slice.call(scope.querySelectorAll('input[type=checkbox][name="' + name + '"]'));
  }

  function refreshSelection(root) {
    (root || document).querySelectorAll("[data-list]").forEach(function (list) {
      var checked = boxes(list, "ids").filter(function (b) { return b.checked; }).length;
      list.querySelectorAll("[data-selected-count]").forEach(function (el) { el.textContent = String(checked); });
      list.querySelectorAll("[data-needs-selection]").forEach(function (btn) { btn.disabled = checked === 0; });
      list.querySelectorAll("[data-check-all]").forEach(function (all) {
        var all_ = boxes(list, all.getAttribute("data-check-all"));
        all.checked = all_.length > 0 && checked === all_.length;
      });
    });
  }

  document.addEventListener("change", function (ev) {
    var t = ev.target;
    if (t.matches && t.matches("[data-check-all]")) {
      var list = t.closest("[data-list]") || document;
      boxes(list, t.getAttribute("data-check-all")).forEach(function (b) { b.checked = t.checked; });
    }
    if (t.matches && t.matches('input[type=checkbox]')) { refreshSelection(); }
    if (t.matches && t.matches("input[type=file]")) {
      var form = t.form, max = form && parseInt(form.getAttribute("data-max-bytes") || "0", 10);
      var msg = form && form.querySelector('[data-error-for="file"]');
      if (max && t.files && t.files[0] && t.files[0].size > max && msg) {
        msg.textContent = "文件过大（上限 " + Math.floor(max / 1024 / 1024 * 10) / 10 + " MB），请分批导入";
        msg.hidden = false;
        t.value = "";
      } else if (msg) { msg.hidden = true; }
    }
  });

  document.addEventListener("click", function (ev) {
    var a = ev.target.closest && ev.target.closest("[data-export-selected]");
    if (a) {
      var list = a.closest("[data-list]") || document;
      var picked = boxes(list, a.getAttribute("data-export-selected")).filter(function (b) { return b.checked; });
      if (picked.length) {
        ev.preventDefault();
        var url = new URL(a.href, window.location.href);
        picked.forEach(function (b) { url.searchParams.append("ids", b.value); });
        window.location.href = url.toString();
      }
    }
    var back = ev.target.closest && ev.target.closest("[data-back]");
    if (back && window.history.length > 1) { ev.preventDefault(); window.history.back(); }
  });

  // A form (or the button that sends it) with data-confirm asks before it is sent.
  document.addEventListener("submit", function (ev) {
    var form = ev.target, by = ev.submitter;
    var question = (by && by.getAttribute && by.getAttribute("data-confirm")) ||
      (form.getAttribute && form.getAttribute("data-confirm"));
    if (question && !window.confirm(question)) { ev.preventDefault(); }
  });

  // ------------------------------------------------------------ charts
  var PALETTE = ["#0b5cad", "#1a7f37", "#d97706", "#b42318", "#6b21a8", "#0e7490", "#64748b"];
  var loaded = {};

  function fetchJson(url) {
    if (!loaded[url]) {
      loaded[url] = fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (r) {
          return r.json().then(function (body) {
            if (!r.ok) { throw new Error(body && body.message ? body.message : "加载失败"); }
            return body;
          });
        });
    }
    return loaded[url];
  }

  var OPTIONS = {
    progress: function (data) {
      var rows = data.progress.rows;
      var keys = ["enrolled", "filed", "approved", "passed"];
      var labels = {};
      data.progress.columns.forEach(function (c) { labels[c.key] = c.label; });
      return {
        points: rows.length * keys.length,
        option: {
          color: PALETTE, tooltip: { trigger: "axis" }, legend: { top: 0 },
          grid: { left: 40, right: 10, bottom: 60, top: 40, containLabel: true },
          xAxis: { type: "category", data: rows.map(function (r) { return r.name; }),
                   axisLabel: { interval: 0, rotate: rows.length > 4 ? 30 : 0 } },
          yAxis: { type: "value", minInterval: 1 },
          series: keys.map(function (k) {
            return { name: labels[k] || k, type: "bar", data: rows.map(function (r) { return r[k]; }) };
          })
        }
      };
    },
    trend: function (data) {
      var rows = data.trend.rows;
      return {
        points: rows.length,
        option: {
          color: PALETTE, tooltip: { trigger: "axis" }, legend: { top: 0 },
          grid: { left: 40, right: 10, bottom: 30, top: 40, containLabel: true },
          xAxis: { type: "category", data: rows.map(function (r) { return r.day; }) },
          yAxis: { type: "value", minInterval: 1 },
          series: data.trend.series.map(function (s) {
            return { name: s.label, type: "line", smooth: true, data: rows.map(function (r) { return r[s.key]; }) };
          })
        }
      };
    },
    distribution: function (data) {
      var items = data.distribution.items.filter(function (i) { return i.count > 0; });
      return {
        points: items.length,
        option: {
          color: PALETTE, tooltip: { trigger: "item", formatter: "{b}：{c} 人（{d}%）" }, legend: { bottom: 0 },
          series: [{ type: "pie", radius: ["35%", "65%"], center: ["50%", "45%"],
                     data: items.map(function (i) { return { name: i.label, value: i.count }; }) }]
        }
      };
    }
  };

  // Pages with charts of their own add their kinds here (records.js), before the page has loaded.
  window.huiyiCharts = OPTIONS;

  function drawCharts(root) {
    if (!window.echarts) { return; }
    (root || document).querySelectorAll("[data-chart][data-src]").forEach(function (el) {
      if (el.getAttribute("data-state")) { return; }
      el.setAttribute("data-state", "loading");
      fetchJson(el.getAttribute("data-src")).then(function (data) {
        var built = OPTIONS[el.getAttribute("data-chart")](data);
        var chart = window.echarts.init(el, null, { renderer: "canvas" });
        chart.setOption(built.option);
        el.setAttribute("data-points", String(built.points));
        el.setAttribute("data-state", "rendered");
        window.addEventListener("resize", function () { chart.resize(); });
      }).catch(function (err) {
        el.setAttribute("data-state", "failed");
        el.textContent = "图表加载失败：" + err.message;
      });
    });
  }

  function init(root) { refreshSelection(root); drawCharts(root); }
  document.addEventListener("DOMContentLoaded", function () { init(document); });
  document.addEventListener("htmx:afterSettle", function (ev) { init(document); });
})();
