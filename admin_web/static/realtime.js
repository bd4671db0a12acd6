/* The console's realtime client: one WebSocket per page onto /realtime/v1/ws (protocol in
   docs/realtime.md), shared by every console page that shows something live (the customer-service
   seat's session, the doctor's workstation).

   Why its own ticket: the console logs in with a cookie session and a CSRF token; the gateway takes
   only a token in the socket's first frame (never cookies, never the URL). So the client asks
   POST /api/admin/v1/realtime/ticket (session + CSRF) for a short-lived access token, sends it as
   {"op":"auth"}, and sends a fresh one before it runs out.

   What it keeps, as the H5 client's chat does (h5/static/screens/patient/chat.js):
   - per topic the last sequence held: a (re)subscription asks for what came after it
     (`after_seq`), items are handed over once each and in order;
   - the sends not acknowledged yet, with their own client ids: after a reconnection they are sent
     again with the same id (the server stores a message once and acknowledges the resend);
   - heartbeats; reconnection with growing, jittered delays; after 4003 (access revoked) one new
     ticket is asked for, and when the session is gone the client stops ("ended").
   Pages learn the socket's state through `onState` ("connecting", "live", "down", "ended") and
   poll over HTTP while it is not "live" (their fallback).

   Usage:
     var rt = window.huiyiRealtime.connect({onState: function (state) {...}});
     rt.follow("conversation:12", {after: 40, onItem: function (item) {...}, onClosed: fn, onNotice: fn});
     rt.send("conversation:12", {text: "..."}).then(function (ack) {...}, function (error) {...});
     rt.close(); */
(function () {
  "use strict";

  var TICKET = "/api/admin/v1/realtime/ticket";
  var MIN_RETRY = 1000, MAX_RETRY = 30000;
  // Errors after which a send is not tried again: it was refused for good (closed conversation, bad text).
  var RETRYABLE = { "service.busy": true, "service.unavailable": true, "realtime.rate_limited": true };

  function csrfToken() {
    try {
      return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRF-Token"] || "";
    } catch (e) { return ""; }
  }

  function newClientId() {
    if (window.crypto && window.crypto.randomUUID) { return window.crypto.randomUUID(); }
    return Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 12);
  }

  function fetchTicket() {
    return fetch(TICKET, { method: "POST", credentials: "same-origin",
                           headers: { "X-CSRF-Token": csrfToken(), "Accept": "application/json" } })
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (body) {
          if (!r.ok) {
            var err = new Error(body.message || "无法建立实时连接");
            err.status = r.status;
            err.code = body.code;
            throw err;
          }
          return body;
        });
      });
  }

  function connect(options) {
    options = options || {};
    var onState = options.onState || function () {};
    var topics = {};        // topic -> {last, handlers, subscribed}
    var unacked = {};       // client_id -> {topic, body, resolve, reject}
    var waiting = {};       // frame id -> client_id
    var ws = null, state = "", stopped = false, retry = MIN_RETRY, n = 0;
    var pingTimer = null, renewTimer = null, retryTimer = null, revoked = false;

    function setState(next) {
      if (state !== next) { state = next; onState(next); }
    }

    function raw(frame) {
      if (ws && ws.readyState === 1) { ws.send(JSON.stringify(frame)); return true; }
      return false;
    }

    function subscribe(topic) {
      var t = topics[topic];
      var frame = { op: "subscribe", topic: topic, id: "sub-" + (++n) };
      if (t.last !== null && t.last !== undefined) { frame.after_seq = t.last; }
      raw(frame);
    }

    function transmit(clientId) {
      var p = unacked[clientId];
      var id = "send-" + (++n);
      waiting[id] = clientId;
      var frame = { op: "send", topic: p.topic, client_id: clientId, id: id };
      Object.keys(p.body).forEach(function (k) { frame[k] = p.body[k]; });
      raw(frame);
    }

    function resendFor(topic) {
      Object.keys(unacked).forEach(function (cid) { if (unacked[cid].topic === topic) { transmit(cid); } });
    }

    function schedule() {
      clearTimeout(retryTimer);
      if (stopped) { return; }
      var wait = retry * (0.75 + Math.random() / 2);
      retry = Math.min(retry * 2, MAX_RETRY);
      retryTimer = setTimeout(open, wait);
    }

    function renew(expiresIn) {
      clearTimeout(renewTimer);
      // A fresh ticket a minute before this one runs out (the socket would close with 4002).
      var lead = Math.max(10, expiresIn - 60);
      renewTimer = setTimeout(function () {
        fetchTicket().then(function (t) {
          raw({ op: "auth", token: t.token, id: "auth-" + (++n) });
        }, function (err) {
          if (err.status === 401 || err.status === 403) { stop("ended"); }
        });
      }, lead * 1000);
    }

    function onFrame(frame) {
      var t;
      if (frame.op === "ready") {
        retry = MIN_RETRY;
        revoked = false;
        renew(frame.expires_in);
        if (!pingTimer) {
          pingTimer = setInterval(function () { raw({ op: "ping" }); }, Math.max(5, (frame.heartbeat || 30) - 5) * 1000);
          Object.keys(topics).forEach(subscribe);
        }
      } else if (frame.op === "subscribed") {
        t = topics[frame.topic];
        if (!t) { return; }
        t.subscribed = true;
        if (t.last === null || t.last === undefined) { t.last = frame.seq; }
        setState("live");
        resendFor(frame.topic);
        if (t.handlers.onSubscribed) { t.handlers.onSubscribed(frame); }
      } else if (frame.op === "msg") {
        t = topics[frame.topic];
        if (!t || frame.seq <= t.last) { return; }  // held already
        t.last = frame.seq;
        if (t.handlers.onItem) { t.handlers.onItem(frame.data, frame.seq); }
      } else if (frame.op === "notice") {
        t = topics[frame.topic];
        if (t && t.handlers.onNotice) { t.handlers.onNotice(frame); }
      } else if (frame.op === "unsubscribed") {
        t = topics[frame.topic];
        if (t && frame.reason !== "client") {
          t.subscribed = false;
          if (t.handlers.onClosed) { t.handlers.onClosed(frame.reason, frame); }
        }
      } else if (frame.op === "ack") {
        var cid = waiting[frame.id];
        delete waiting[frame.id];
        var p = cid && unacked[cid];
        if (p) {
          delete unacked[cid];
          p.resolve(frame.data);
        }
      } else if (frame.op === "error") {
        var failed = waiting[frame.id];
        delete waiting[frame.id];
        if (failed && unacked[failed] && !RETRYABLE[frame.code]) {
          var q = unacked[failed];
          delete unacked[failed];
          var err = new Error(frame.message);
          err.code = frame.code;
          err.details = frame.details;
          q.reject(err);
        } else if (!failed && frame.id && String(frame.id).indexOf("sub-") === 0 && options.onError) {
          options.onError(frame);
        }
      }
    }

    function open() {
      if (stopped || !("WebSocket" in window)) { return; }
      setState("connecting");
      fetchTicket().then(function (ticket) {
        if (stopped) { return; }
        var proto = location.protocol === "https:" ? "wss" : "ws";
        ws = new WebSocket(proto + "://" + location.host + (ticket.url || "/realtime/v1/ws"));
        ws.onopen = function () { raw({ op: "auth", token: ticket.token, id: "auth-" + (++n) }); };
        ws.onmessage = function (ev) {
          var frame;
          try { frame = JSON.parse(ev.data); } catch (e) { return; }
          onFrame(frame);
        };
        ws.onclose = function (ev) {
          clearInterval(pingTimer);
          clearTimeout(renewTimer);
          pingTimer = null;
          ws = null;
          waiting = {};
          Object.keys(topics).forEach(function (k) { topics[k].subscribed = false; });
          if (stopped) { return; }
          setState("down");
          if (ev.code === 4003) {
            // Access revoked (logout, disabled, new roles or password): one new ticket decides.
            if (revoked) { retry = Math.max(retry, 10000); }
            revoked = true;
          }
          schedule();
        };
      }, function (err) {
        if (err.status === 401 || err.status === 403) { stop("ended"); return; }
        setState("down");
        schedule();
      });
    }

    function stop(final) {
      stopped = true;
      clearTimeout(retryTimer);
      clearTimeout(renewTimer);
      clearInterval(pingTimer);
      if (ws) { try { ws.close(1000); } catch (e) { /* gone already */ } }
      setState(final || "ended");
    }

    open();

    return {
      /* Follow a topic from `after` (the last sequence the page holds; omitted: from now on). */
      follow: function (topic, handlers) {
        handlers = handlers || {};
        topics[topic] = { last: handlers.after === undefined ? null : handlers.after, handlers: handlers,
                          subscribed: false };
        if (ws && ws.readyState === 1 && pingTimer) { subscribe(topic); }
      },
      unfollow: function (topic) {
        delete topics[topic];
        raw({ op: "unsubscribe", topic: topic });
      },
      /* A command of the topic's domain (conversations: {text}); kept and sent again with the same
         client id until acknowledged. Resolves with the ack's data, rejects when refused for good. */
      send: function (topic, body, clientId) {
        clientId = clientId || newClientId();
        return new Promise(function (resolve, reject) {
          unacked[clientId] = { topic: topic, body: body, resolve: resolve, reject: reject };
          if (topics[topic] && topics[topic].subscribed) { transmit(clientId); }
        });
      },
      pending: function () { return Object.keys(unacked).length; },
      last: function (topic) { return topics[topic] ? topics[topic].last : null; },
      state: function () { return state; },
      close: function () { stop("ended"); }
    };
  }

  window.huiyiRealtime = { connect: connect, newClientId: newClientId };
})();
