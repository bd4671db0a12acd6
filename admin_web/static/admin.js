/* Huiyi admin console: the little the pages do in the browser.
   - row selection: "select all", the selected count, batch buttons enabled only with a selection;
   - export of the selected rows (or, with none selected, of the filtered list);
   - the file-size check of imports before uploading;
   - the confirmation of forms marked data-confirm;
   - the ECharts charts, drawn from each page's JSON endpoint through one shared option builder.
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
  /* One helper builds every chart's options (pages only map their JSON onto it), so every
     chart stays readable at 3 or at 300 categories:
     - bars: up to MANY categories stand upright, their names cut to LABEL_CHARS and turned
       when crowded; more lie down as horizontal bars, WINDOW at a time with a zoom slider;
       the tooltip always names the category in full;
     - lines (daily or periodic trends): a zoom slider over the last WINDOW_POINTS points
       when there are more;
     - pies: the slices with a value, the legend scrolls;
     - nothing to draw: the chart says "暂无数据" instead of an empty frame or a grey ring. */
  var PALETTE = ["#0b5cad", "#1a7f37", "#d97706", "#b42318", "#6b21a8", "#0e7490", "#64748b"];
  var MANY = 12, WINDOW = 15, LABEL_CHARS = 8, WINDOW_POINTS = 31;
  var EMPTY = "暂无数据";

  function shortLabel(value) {
    var s = String(value);
    return s.length > LABEL_CHARS ? s.slice(0, LABEL_CHARS - 1) + "…" : s;
  }

  var chart = {
    bars: function (spec) {
      var n = spec.categories.length;
      if (!n) { return { points: 0, option: null }; }
      var horizontal = n > MANY;
      var categoryAxis = {
        type: "category", data: spec.categories, inverse: horizontal, axisTick: { alignWithLabel: true },
        axisLabel: { interval: 0, formatter: shortLabel, rotate: !horizontal && n > 4 ? 30 : 0 }
      };
      var valueAxis = { type: "value", minInterval: 1 };
      var option = {
        color: spec.color || PALETTE,
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, confine: true },
        grid: { left: 10, right: horizontal && n > WINDOW ? 36 : 10, bottom: 10,
                top: spec.series.length > 1 ? 40 : 20, containLabel: true },
        xAxis: horizontal ? valueAxis : categoryAxis,
        yAxis: horizontal ? categoryAxis : valueAxis,
        series: spec.series.map(function (s) { return { name: s.name, type: "bar", data: s.data }; })
      };
      if (spec.series.length > 1) { option.legend = { top: 0, type: "scroll" }; }
      if (horizontal && n > WINDOW) {
        option.dataZoom = [
          { type: "slider", yAxisIndex: 0, startValue: 0, endValue: WINDOW - 1, right: 6, width: 14,
            showDetail: false, brushSelect: false },
          { type: "inside", yAxisIndex: 0, startValue: 0, endValue: WINDOW - 1,
            zoomOnMouseWheel: false, moveOnMouseWheel: true }
        ];
      }
      return { points: n * spec.series.length, option: option };
    },

    line: function (spec) {
      var n = spec.categories.length;
      var any = spec.series.some(function (s) { return s.data.some(function (v) { return v; }); });
      if (!n || !any) { return { points: 0, option: null }; }
      var option = {
        color: spec.color || PALETTE, tooltip: { trigger: "axis", confine: true },
        grid: { left: 10, right: 20, bottom: n > WINDOW_POINTS ? 40 : 10,
                top: spec.series.length > 1 ? 40 : 20, containLabel: true },
        xAxis: { type: "category", boundaryGap: false, data: spec.categories, axisLabel: { hideOverlap: true } },
        yAxis: { type: "value", minInterval: 1 },
        series: spec.series.map(function (s) {
          return { name: s.name, type: "line", smooth: true, showSymbol: n <= WINDOW_POINTS, data: s.data };
        })
      };
      if (spec.series.length > 1) { option.legend = { top: 0, type: "scroll" }; }
      if (n > WINDOW_POINTS) {
        option.dataZoom = [
          { type: "slider", xAxisIndex: 0, startValue: n - WINDOW_POINTS, endValue: n - 1, bottom: 6, height: 16,
            brushSelect: false },
          { type: "inside", xAxisIndex: 0 }
        ];
      }
      return { points: n, option: option };
    },

    pie: function (spec) {
      var items = spec.items.filter(function (i) { return i.value > 0; });
      if (!items.length) { return { points: 0, option: null }; }
      return {
        points: items.length,
        option: {
          color: PALETTE, tooltip: { trigger: "item", confine: true, formatter: "{b}：{c} " + (spec.unit || "") + "（{d}%）" },
          legend: { bottom: 0, type: "scroll", formatter: shortLabel, tooltip: { show: true } },
          series: [{ type: "pie", radius: ["35%", "65%"], center: ["50%", "45%"], avoidLabelOverlap: true,
                     label: { show: items.length <= 8, formatter: function (p) { return shortLabel(p.name); } },
                     data: items.map(function (i) {
                       var d = { name: i.name, value: i.value };
                       if (i.color) { d.itemStyle = { color: i.color }; }
                       return d;
                     }) }]
        }
      };
    }
  };

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
      var rows = data.progress.rows, keys = ["enrolled", "filed", "approved", "passed"], labels = {};
      data.progress.columns.forEach(function (c) { labels[c.key] = c.label; });
      return chart.bars({
        categories: rows.map(function (r) { return r.name; }),
        series: keys.map(function (k) { return { name: labels[k] || k, data: rows.map(function (r) { return r[k]; }) }; })
      });
    },
    trend: function (data) {
      var rows = data.trend.rows;
      return chart.line({
        categories: rows.map(function (r) { return r.day; }),
        series: data.trend.series.map(function (s) {
          return { name: s.label, data: rows.map(function (r) { return r[s.key]; }) };
        })
      });
    },
    distribution: function (data) {
      return chart.pie({ unit: "人", items: data.distribution.items.map(function (i) {
        return { name: i.label, value: i.count };
      }) });
    }
  };

  // Pages with charts of their own add their kinds here (records.js), before the page has loaded,
  // building their options with the same helper.
  window.huiyiCharts = OPTIONS;
  window.huiyiChart = chart;

  function drawCharts(root) {
    if (!window.echarts) { return; }
    (root || document).querySelectorAll("[data-chart][data-src]").forEach(function (el) {
      if (el.getAttribute("data-state")) { return; }
      el.setAttribute("data-state", "loading");
      fetchJson(el.getAttribute("data-src")).then(function (data) {
        var built = OPTIONS[el.getAttribute("data-chart")](data);
        el.setAttribute("data-points", String(built.points));
        if (!built.option) {
          el.classList.add("chart-empty");
          el.textContent = EMPTY;
          el.setAttribute("data-state", "empty");
          return;
        }
        var instance = window.echarts.init(el, null, { renderer: "canvas" });
        instance.setOption(built.option);
        el.setAttribute("data-state", "rendered");
        window.addEventListener("resize", function () { instance.resize(); });
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
