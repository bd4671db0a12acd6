/* Record-room statistics: the three ECharts charts, registered with the console's chart
   loader (admin.js draws every [data-chart] from its data-src JSON) and built by its shared
   helper (window.huiyiChart), so they stay readable with any number of institutions or
   periods. Each state's slice has the state's own colour, as the list and the badges. */
(function () {
  "use strict";
  var charts = window.huiyiCharts, chart = window.huiyiChart;
  if (!charts || !chart) { return; }
  var BRAND = "#0b5cad";

  charts.records_states = function (data) {
    return chart.pie({ unit: "件", items: data.states.map(function (r) {
      return { name: r.label, value: r.count, color: r.color };
    }) });
  };

  charts.records_institutions = function (data) {
    var rows = data.institutions;
    return chart.bars({ color: [BRAND], categories: rows.map(function (r) { return r.label; }),
                        series: [{ name: "申请数", data: rows.map(function (r) { return r.count; }) }] });
  };

  charts.records_periods = function (data) {
    var rows = data.periods;
    return chart.line({ color: [BRAND], categories: rows.map(function (r) { return r.label; }),
                        series: [{ name: "申请数（" + data.period_label + "）",
                                   data: rows.map(function (r) { return r.count; }) }] });
  };
})();
