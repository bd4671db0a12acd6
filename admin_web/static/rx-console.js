/* 审方统计: the charts, registered with the console's chart loader (admin.js draws every [data-chart]
   from its data-src JSON) and built by its shared helper (window.huiyiChart). */
(function () {
  "use strict";
  var charts = window.huiyiCharts, chart = window.huiyiChart;
  if (!charts || !chart) { return; }
  var BRAND = "#0b5cad", OK = "#1a7f37", BAD = "#b42318";

  charts.rx_days = function (data) {
    var rows = data.days;
    return chart.line({ color: [BRAND, OK, BAD], categories: rows.map(function (r) { return r.day.slice(5); }),
                        series: [{ name: "签名", data: rows.map(function (r) { return r.signed; }) },
                                 { name: "已审", data: rows.map(function (r) { return r.reviewed; }) },
                                 { name: "拒绝", data: rows.map(function (r) { return r.rejected; }) }] });
  };

  charts.rx_reasons = function (data) {
    return chart.pie({ unit: "次", items: data.reasons.map(function (r) { return { name: r.label, value: r.count }; }) });
  };

  charts.rx_pharmacists = function (data) {
    var rows = data.pharmacists;
    return chart.bars({ color: [OK, BAD], categories: rows.map(function (r) { return r.name || "—"; }),
                        series: [{ name: "通过", data: rows.map(function (r) { return r.passed; }) },
                                 { name: "拒绝", data: rows.map(function (r) { return r.rejected; }) }] });
  };

  charts.rx_waits = function (data) {
    var rows = data.days;
    return chart.line({ color: [BRAND], categories: rows.map(function (r) { return r.day.slice(5); }),
                        series: [{ name: "用时中位（分钟）", data: rows.map(function (r) {
                          return r.median_seconds === null ? null : Math.round(r.median_seconds / 6) / 10; }) }] });
  };
})();
