/* 在线客服 for seats: the session's transcript live over the realtime socket (realtime.js).
   A message on the conversation's topic reloads the transcript (htmx, the same fragment the page
   renders); while the socket is down the transcript is polled every 3 s instead. Text typed while
   the socket is live goes over it with its own client id (sent again after a reconnection until
   acknowledged); an image, or anything while the socket is down, is the form's ordinary post. */
(function () {
  "use strict";
  var POLL_MS = 3000;

  function start() {
    var box = document.querySelector("[data-live-chat]");
    if (!box || !window.huiyiRealtime || !window.htmx) { return; }
    var topic = box.getAttribute("data-topic");
    var form = document.querySelector("[data-chat-form]");
    var said = document.querySelector("[data-live-state]");
    var pollTimer = null, refreshTimer = null;

    function refresh() {
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(function () { window.htmx.trigger(box, "chat-refresh"); }, 80);
    }
    function polling(on) {
      if (on && !pollTimer) { pollTimer = setInterval(refresh, POLL_MS); }
      if (!on && pollTimer) { clearInterval(pollTimer); pollTimer = null; }
    }
    var rt = window.huiyiRealtime.connect({
      onState: function (state) {
        box.setAttribute("data-live", state);
        if (said) { said.textContent = state === "live" ? "实时连接" : "轮询中"; }
        polling(state === "down" || state === "connecting");
        if (state === "live") { refresh(); }  // whatever came while it was down
      }
    });
    rt.follow(topic, {
      after: parseInt(box.getAttribute("data-last-seq") || "0", 10),
      onItem: refresh,
      onClosed: function (reason) { if (reason === "closed") { window.location.reload(); } }
    });

    if (form) {
      form.addEventListener("submit", function (ev) {
        var text = form.querySelector("textarea[name=text]");
        var file = form.querySelector("input[type=file]");
        var error = form.querySelector("[data-send-error]");
        var body = text && text.value.trim();
        if (rt.state() !== "live" || !body || (file && file.files && file.files.length)) { return; }
        ev.preventDefault();
        text.value = "";
        error.hidden = true;
        rt.send(topic, { text: body }).then(refresh, function (err) {
          error.textContent = err.message;
          error.hidden = false;
          text.value = body;
        });
      });
    }
    window.addEventListener("pagehide", function () { rt.close(); });
  }

  document.addEventListener("DOMContentLoaded", start);
})();
