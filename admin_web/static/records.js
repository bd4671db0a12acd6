/* Record-room statistics: the three ECharts charts, registered with the console's chart
   loader (admin.js draws every [data-chart] from its data-src JSON). Each state's slice has
   the state's own colour, as the list and the badges. */
(function () {
  "use strict";
  var charts = window.huiyiCharts;
  if (!charts) { return; }
  var BRAND = "#0b5cad";

  charts.records_states = function (data) {
    var rows = data.states.filter(function (r) { return r.count > 0; });
    return {
      points: rows.length,
      option: {
        tooltip: { trigger: "item", formatter: "{b}：{c} 件（{d}%）" }, legend: { bottom: 0, type: "scroll" },
        series: [{ type: "pie", radius: ["35%", "65%"], center: ["50%", "45%"],
                   data: rows.map(function (r) { return { name: r.label, value: r.count, itemStyle: { color: r.color } }; }) }]
      }
    };
  };

  charts.records_institutions = function (data) {
    var rows = data.institutions;
    return {
      points: rows.length,
      option: {
        color: [BRAND], tooltip: { trigger: "axis" },
        grid: { left: 40, right: 10, bottom: 60, top: 20, containLabel: true },
        xAxis: { type: "category", data: rows.map(function (r) { return r.label; }),
                 axisLabel: { interval: 0, rotate: rows.length > 3 ? 30 : 0 } },
        yAxis: { type: "value", minInterval: 1 },
        series: [{ name: "申请数", type: "bar", data: rows.map(function (r) { return r.count; }) }]
      }
    };
  };

  charts.records_periods = function (data) {
    var rows = data.periods;
    return {
      points: rows.length,
      option: {
        color: [BRAND], tooltip: { trigger: "axis" },
        grid: { left: 40, right: 10, bottom: 30, top: 20, containLabel: true },
        xAxis: { type: "category", data: rows.map(function (r) { return r.label; }) },
        yAxis: { type: "value", minInterval: 1 },
        series: [{ name: "申请数（" + data.period_label + "）", type: "line", smooth: true,
                   data: rows.map(function (r) { return r.count; }) }]
      }
    };
  };
})();
