/* The doctor's workstation (admin/workstation/*).
   - 我的统计: the months' chart, registered with the console's chart loader (admin.js draws every
     [data-chart] from its data-src JSON) and built by its shared helper (window.huiyiChart).
   - Module slots: the home page keeps sections marked data-module-slot="<name>" for the parts that
     come with the consultation orders (the queue "consult-queue", the chat "consult-chat"). A module
     registers itself as window.huiyiWorkstation.modules[name] = function (slot, context) {...} in a
     script loaded before the page has loaded; on DOMContentLoaded each slot with a module is started
     with {realtime: a shared window.huiyiRealtime client (opened on first use), department: the
     current practice site, doctor: the doctor's id}; a slot without one keeps its placeholder. */
(function () {
  "use strict";
  var charts = window.huiyiCharts, chart = window.huiyiChart;
  if (charts && chart) {
    charts.workstation_months = function (data) {
      var rows = data.months;
      return chart.bars({
        categories: rows.map(function (r) { return r.month; }),
        series: [
          { name: "问诊", data: rows.map(function (r) { return r.consultations; }) },
          { name: "完成图文咨询", data: rows.map(function (r) { return r.text_done; }) },
          { name: "完成视频问诊", data: rows.map(function (r) { return r.video_done; }) }
        ]
      });
    };
  }

  var ws = window.huiyiWorkstation = window.huiyiWorkstation || { modules: {} };
  var realtime = null;
  function sharedRealtime() {
    if (!realtime && window.huiyiRealtime) { realtime = window.huiyiRealtime.connect({}); }
    return realtime;
  }
  ws.realtime = sharedRealtime;

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-module-slot]").forEach(function (slot) {
      var start = ws.modules[slot.getAttribute("data-module-slot")];
      if (typeof start !== "function") { return; }
      slot.hidden = false;
      start(slot, { realtime: sharedRealtime, department: slot.getAttribute("data-department") || null,
                    doctor: slot.getAttribute("data-doctor") });
    });
  });
})();
