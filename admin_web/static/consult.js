/* 医生诊疗统计 and 视频问诊统计: the ECharts charts, registered with the console's chart loader
   (admin.js draws every [data-chart] from its data-src JSON) and built by its shared helper
   (window.huiyiChart), so they stay readable with any number of days or categories.
   A video call's page plays a recording: the link is signed (and the viewing audited) only when
   asked for, through the rooms' endpoint, so none sits in the page. */
(function () {
  "use strict";

  function csrf() {
    try { return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRF-Token"] || ""; }
    catch (e) { return ""; }
  }

  document.addEventListener("click", function (ev) {
    var button = ev.target.closest && ev.target.closest("[data-play-recording]");
    if (!button) { return; }
    var player = document.querySelector("[data-recording-player]");
    button.disabled = true;
    fetch(button.getAttribute("data-src"), { method: "POST", credentials: "same-origin",
                                            headers: { "X-CSRF-Token": csrf(), "Accept": "application/json" } })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (res) {
        button.disabled = false;
        player.hidden = false;
        player.textContent = "";
        if (!res.ok) { player.textContent = (res.body && res.body.message) || "无法播放"; return; }
        var media = document.createElement(button.getAttribute("data-kind") === "video" ? "video" : "audio");
        media.controls = true;
        media.src = res.body.url;
        player.appendChild(media);
        media.play().catch(function () { /* the browser may want a click on the player itself */ });
      })
      .catch(function () { button.disabled = false; player.hidden = false; player.textContent = "无法播放"; });
  });

  var charts = window.huiyiCharts, chart = window.huiyiChart;
  if (!charts || !chart) { return; }
  var BRAND = "#0b5cad", OK = "#1a7f37", WARN = "#d97706";
  var STATE_COLORS = { created: "#94a3b8", waiting: "#d97706", in_progress: "#0b5cad", ended: "#1a7f37",
                       closed: "#4d9a63", cancelled: "#64748b", rejected: "#b42318", expired: "#e0665a",
                       queued: "#f59e0b", calling: "#2563eb", no_show: "#7f1d1d" };

  charts.consult_days = function (data) {
    var rows = data.by_day;
    return chart.line({ color: [BRAND, WARN, OK], categories: rows.map(function (r) { return r.day.slice(5); }),
                        series: [{ name: "下单", data: rows.map(function (r) { return r.orders; }) },
                                 { name: "已支付", data: rows.map(function (r) { return r.paid; }) },
                                 { name: "已完成", data: rows.map(function (r) { return r.completed; }) }] });
  };

  charts.consult_states = function (data) {
    return chart.pie({ unit: "单", items: data.by_state.map(function (r) {
      return { name: r.label, value: r.count, color: STATE_COLORS[r.key] };
    }) });
  };

  charts.consult_response = function (data) {
    var rows = data.response, any = rows.some(function (r) { return r.count; });
    if (!any) { return { points: 0, option: null }; }
    return chart.bars({ color: [BRAND], categories: rows.map(function (r) { return r.label; }),
                        series: [{ name: "接诊订单", data: rows.map(function (r) { return r.count; }) }] });
  };

  charts.video_days = function (data) {
    var rows = data.by_day;
    return chart.line({ color: [BRAND, "#b42318", WARN], categories: rows.map(function (r) { return r.day.slice(5); }),
                        series: [{ name: "接通通话", data: rows.map(function (r) { return r.calls; }) },
                                 { name: "爽约", data: rows.map(function (r) { return r.no_shows; }) },
                                 { name: "未接呼叫", data: rows.map(function (r) { return r.missed_calls; }) }] });
  };

  charts.video_doctors = function (data) {
    var rows = data.doctors;
    return chart.bars({ color: [BRAND, "#b42318"], categories: rows.map(function (r) { return r.name; }),
                        series: [{ name: "接通通话", data: rows.map(function (r) { return r.calls; }) },
                                 { name: "爽约", data: rows.map(function (r) { return r.no_shows; }) }] });
  };

  charts.consult_ratings = function (data) {
    var rows = data.ratings.distribution;
    if (!data.ratings.count) { return { points: 0, option: null }; }
    return chart.bars({ color: [OK], categories: rows.map(function (r) { return r.label; }),
                        series: [{ name: "评价数", data: rows.map(function (r) { return r.count; }) }] });
  };
})();
