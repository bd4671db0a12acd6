/* Payments: the reconciliation's daily trend, registered with the console's chart loader
   (admin.js draws every [data-chart] from its data-src JSON) and built by its shared helper
   (window.huiyiChart), so a year of days stays readable (a zoom over the last month). */
(function () {
  "use strict";
  var charts = window.huiyiCharts, chart = window.huiyiChart;
  if (!charts || !chart) { return; }

  charts.payments_bill_trend = function (data) {
    var days = data.days;
    return chart.line({
      color: ["#1a7f37", "#b42318"],
      categories: days.map(function (d) { return d.day; }),
      series: [
        { name: "一致（笔）", data: days.map(function (d) { return d.matched; }) },
        { name: "差异（笔）", data: days.map(function (d) { return d.differences; }) }
      ]
    });
  };
})();
