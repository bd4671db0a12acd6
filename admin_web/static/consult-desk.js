/* 我的诊室 (admin_web/pages/consult_desk.py): the doctor's queue and one consultation at a time.

   Data: the JSON API (/api/admin/v1/workstation/consult for orders, /api/admin/v1/conversations for
   the chat); live: the realtime socket (realtime.js) following `doctor:<id>` (a new, changed or
   transferred order reloads the queue) and the open consultation's `conversation:<id>` (its items
   in sequence). While the socket is not live the page polls both over HTTP, so a doctor behind a
   proxy that refuses WebSockets still works, a few seconds late.

   Exactness: messages are kept by sequence number (a message arriving twice, over the socket and
   through a poll, shows once); what the doctor sends carries its own client id and is sent again
   with the same id until acknowledged (realtime.js), so a reconnect never posts it twice. */
(function () {
  "use strict";

  var API = "/api/admin/v1/workstation/consult";
  var CONV = "/api/admin/v1/conversations";
  var root = document.getElementById("desk");
  if (!root) { return; }
  var $ = function (sel, el) { return (el || root).querySelector(sel); };
  var $$ = function (sel, el) { return Array.prototype.slice.call((el || root).querySelectorAll(sel)); };
  var doctorId = root.getAttribute("data-doctor");
  var me = root.getAttribute("data-me");
  var st = { tab: "new", department: "", order: null, items: {}, last: 0, topic: null, live: false,
             pollQueue: null, pollChat: null, templates: [] };
  var rt = null;
  // The record and the end of the service: shared with the video consultation (consult-record.js).
  var record = window.huiyiRecord.bind(root, { api: function (m, u, b) { return api(m, u, b); },
                                               order: function () { return st.order; }, onError: showError,
                                               onEnded: function (o) { renderOrder(o); loadQueue(); } });
  var rxPanel = window.huiyiRxPanel ? window.huiyiRxPanel.bind(root, {}) : null;

  function csrf() {
    try { return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRF-Token"] || ""; }
    catch (e) { return ""; }
  }

  function api(method, url, body, form) {
    var opts = { method: method, credentials: "same-origin", headers: { "Accept": "application/json" } };
    if (method !== "GET") { opts.headers["X-CSRF-Token"] = csrf(); }
    if (form) { opts.body = form; }
    else if (body !== undefined) { opts.headers["Content-Type"] = "application/json"; opts.body = JSON.stringify(body); }
    return fetch(url, opts).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (data) {
        if (!r.ok) {
          var err = new Error(data.message || ("请求失败（" + r.status + "）"));
          err.code = data.code; err.status = r.status; err.details = data.details;
          throw err;
        }
        return data;
      });
    });
  }

  function text(el, value) { if (el) { el.textContent = value == null ? "" : String(value); } }
  function time(iso) {
    if (!iso) { return ""; }
    var d = new Date(iso);
    var p = function (n) { return (n < 10 ? "0" : "") + n; };
    return p(d.getMonth() + 1) + "-" + p(d.getDate()) + " " + p(d.getHours()) + ":" + p(d.getMinutes());
  }
  function showError(err) {
    var el = $("[data-error]");
    if (!err) { el.hidden = true; text(el, ""); return; }
    el.hidden = false;
    text(el, err.message || String(err));
  }

  // ------------------------------------------------------------------ the queue

  function loadQueue() {
    var q = "?tab=" + encodeURIComponent(st.tab) + (st.department ? "&department_id=" + st.department : "");
    return api("GET", API + "/orders" + q + "&page_size=100").then(function (page) {
      Object.keys(page.counts).forEach(function (k) { text($("[data-count=\"" + k + "\"]"), page.counts[k]); });
      var list = $("[data-list]");
      list.innerHTML = "";
      if (!page.items.length) {
        var empty = document.createElement("li");
        empty.className = "muted";
        empty.textContent = "暂无问诊";
        list.appendChild(empty);
      }
      page.items.forEach(function (o) {
        var li = document.createElement("li");
        li.className = "desk-item" + (st.order && st.order.id === o.id ? " active" : "");
        li.setAttribute("data-order", o.id);
        li.tabIndex = 0;
        var head = document.createElement("div");
        head.className = "desk-item-head";
        var who = document.createElement("strong");
        who.textContent = o.patient.name + " · " + (o.patient.gender || "") + (o.patient.age != null ? " " + o.patient.age + "岁" : "");
        head.appendChild(who);
        if (o.unread) {
          var badge = document.createElement("span");
          badge.className = "unread";
          badge.textContent = o.unread;
          head.appendChild(badge);
        }
        var sub = document.createElement("p");
        sub.className = "muted";
        sub.textContent = o.state_label + " · " + (o.state === "waiting" ? "请于 " + time(o.accept_by) + " 前接诊"
          : o.state === "in_progress" ? "至 " + time(o.ends_at) : time(o.finished_at || o.paid_at));
        var what = document.createElement("p");
        what.className = "desk-item-symptoms";
        what.textContent = o.symptoms;
        li.appendChild(head); li.appendChild(what); li.appendChild(sub);
        li.addEventListener("click", function () { openOrder(o.id); });
        li.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { openOrder(o.id); } });
        list.appendChild(li);
      });
    }).catch(function (err) { text($("[data-list]"), err.message); });
  }

  $$("[data-tab]").forEach(function (b) {
    b.addEventListener("click", function () {
      st.tab = b.getAttribute("data-tab");
      $$("[data-tab]").forEach(function (x) { x.classList.toggle("active", x === b); });
      loadQueue();
    });
  });
  var siteSelect = $("[data-site]");
  if (siteSelect) {
    st.department = siteSelect.value;  // the workstation's current site, chosen there
    siteSelect.addEventListener("change", function () { st.department = siteSelect.value; loadQueue(); });
  }

  // ------------------------------------------------------------------ one consultation

  function renderOrder(o) {
    st.order = o;
    var room = $("[data-room]");
    room.hidden = false;
    root.classList.add("room-open");
    text($("[data-title]"), o.patient.name + "（" + (o.patient.gender || "") + (o.patient.age != null ? "，" + o.patient.age + "岁" : "") + "）");
    text($("[data-subtitle]"), o.number + " · " + o.kind_label + " · " + o.department_name
      + (o.for_relative ? " · 家属代为咨询" : ""));
    text($("[data-state]"), o.state_label + (o.refund_label ? "（" + o.refund_label + "）" : ""));
    text($("[data-symptoms]"), "病情描述：" + o.symptoms + (o.illness_duration ? "（患病时长：" + o.illness_duration + "）" : ""));
    $("[data-act=accept]").hidden = !o.can_accept;
    $("[data-act=reject]").hidden = !o.can_accept;
    $("[data-act=withdraw]").hidden = o.state !== "in_progress";
    $("[data-act=transfer]").hidden = !(o.state === "waiting" || o.state === "in_progress");
    var writable = o.can_write;
    $("[data-chat-form]").hidden = !writable;
    text($("[data-chat-note]"), writable ? "" : o.state === "waiting" ? "接诊后可以回复患者" : "本次问诊已结束，会话只读");
    record.fill(o);
    // The prescribing panel (consult-rx.js, shared with the video consultation): writable while it can be ended.
    if (rxPanel) { rxPanel.open(o.id, o.can_end); }
    text($("[data-history-count]"), o.history_count);
    var tl = $("[data-timeline]");
    tl.innerHTML = "";
    o.timeline.forEach(function (e) {
      var li = document.createElement("li");
      li.textContent = time(e.at) + " " + e.label + "：" + e.note;
      tl.appendChild(li);
    });
    $$(".desk-item").forEach(function (li) { li.classList.toggle("active", li.getAttribute("data-order") === String(o.id)); });
  }

  function openOrder(id) {
    showError(null);
    return api("GET", API + "/orders/" + id).then(function (o) {
      var changed = !st.order || st.order.id !== o.id;
      renderOrder(o);
      if (changed) { startChat(o); loadHistory(o); }
    }).catch(showError);
  }

  function refreshOrder() {
    if (!st.order) { return; }
    api("GET", API + "/orders/" + st.order.id).then(renderOrder).catch(function (err) {
      if (err.status === 404) { closeRoom(); }  // transferred away
    });
  }

  function closeRoom() {
    if (rt && st.topic) { rt.unfollow(st.topic); }
    st.order = null; st.topic = null;
    $("[data-room]").hidden = true;
    root.classList.remove("room-open");
  }
  $("[data-back]").addEventListener("click", closeRoom);

  function loadHistory(o) {
    var list = $("[data-history-list]");
    list.innerHTML = "";
    if (!o.history_count) { return; }
    api("GET", API + "/orders/" + o.id + "/history").then(function (page) {
      page.items.forEach(function (r) {
        var li = document.createElement("li");
        li.textContent = time(r.finished_at) + " " + r.doctor_name + "（" + r.department_name + "）：主诉 "
          + r.record.chief_complaint + "；诊断 " + r.record.diagnosis.join("、") + "；医嘱 " + r.record.advice;
        list.appendChild(li);
      });
    });
  }

  // ------------------------------------------------------------------ the chat

  function line(m) {
    var li = document.createElement("li");
    var mine = m.sender === me;
    li.className = "chat-line " + (m.kind === "system" || m.kind === "recall" ? "system" : mine ? "mine" : "theirs");
    li.setAttribute("data-seq", m.seq);
    if (m.kind === "system" || m.kind === "recall") {
      li.textContent = m.text;
      return li;
    }
    var bubble = document.createElement("div");
    bubble.className = "bubble";
    if (m.recalled) {
      bubble.textContent = m.text;
      bubble.classList.add("recalled");
    } else if (m.kind === "image" && m.media) {
      var img = document.createElement("img");
      img.src = m.media.url; img.alt = "图片"; img.loading = "lazy";
      bubble.appendChild(img);
    } else if (m.kind === "voice" && m.media) {
      var audio = document.createElement("audio");
      audio.controls = true; audio.src = m.media.url; audio.preload = "none";
      bubble.appendChild(audio);
      var secs = document.createElement("span");
      secs.className = "muted";
      secs.textContent = " " + Math.round((m.media.duration_ms || 0) / 1000) + "″";
      bubble.appendChild(secs);
    } else {
      bubble.textContent = m.text;
    }
    var at = document.createElement("time");
    at.textContent = time(m.at);
    li.appendChild(bubble); li.appendChild(at);
    return li;
  }

  function add(m) {
    if (!m || st.items[m.seq]) { return; }
    st.items[m.seq] = m;
    if (m.kind === "recall" && st.items[m.recall_seq]) {
      var old = st.items[m.recall_seq];
      old.recalled = true; old.text = m.text;
      var shown = $("[data-lines] [data-seq=\"" + m.recall_seq + "\"]");
      if (shown) { shown.replaceWith(line(old)); }
    }
    var lines = $("[data-lines]");
    var el = line(m);
    var after = null;
    $$("[data-seq]", lines).some(function (x) {
      if (Number(x.getAttribute("data-seq")) > m.seq) { after = x; return true; }
      return false;
    });
    lines.insertBefore(el, after);
    if (m.seq > st.last) { st.last = m.seq; }
    lines.scrollTop = lines.scrollHeight;
    if (m.kind === "system") { refreshOrder(); loadQueue(); }
  }

  function markRead() {
    if (!st.order || !st.order.conversation_id || !st.last) { return; }
    api("POST", CONV + "/" + st.order.conversation_id + "/cursor", { read_seq: st.last }).catch(function () {});
  }

  function catchUp() {
    var o = st.order;
    if (!o || !o.conversation_id) { return Promise.resolve(); }
    return api("GET", CONV + "/" + o.conversation_id + "/messages?limit=200&after_seq=" + st.last)
      .then(function (page) {
        if (!st.order || st.order.id !== o.id) { return; }
        page.items.forEach(add);
        if (page.has_more) { return catchUp(); }
        markRead();
      });
  }

  function startChat(o) {
    if (rt && st.topic) { rt.unfollow(st.topic); }
    st.items = {}; st.last = 0; st.topic = null;
    $("[data-lines]").innerHTML = "";
    if (!o.conversation_id) { return; }
    catchUp().then(function () {
      if (!rt || !st.order || st.order.id !== o.id) { return; }
      st.topic = "conversation:" + o.conversation_id;
      rt.follow(st.topic, { after: st.last, onItem: function (item) { add(item); markRead(); },
                            onClosed: function () { refreshOrder(); } });
    });
  }

  function send(body) {
    var o = st.order;
    var clientId = window.huiyiRealtime ? window.huiyiRealtime.newClientId() : String(Date.now());
    if (rt && st.live && st.topic) {
      return rt.send(st.topic, body, clientId).then(function (ack) { add(ack.message); });
    }
    return api("POST", CONV + "/" + o.conversation_id + "/messages", { client_id: clientId, text: body.text })
      .then(function (sent) { add(sent.message); });
  }

  $("[data-chat-form]").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var box = $("[data-text]");
    var value = box.value.trim();
    if (!value || !st.order) { return; }
    box.value = "";
    send({ text: value }).catch(function (err) { box.value = value; showError(err); });
  });
  $("[data-text]").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && !ev.shiftKey) { ev.preventDefault(); $("[data-send]").click(); }
  });
  $("[data-image]").addEventListener("change", function (ev) {
    var f = ev.target.files && ev.target.files[0];
    if (!f || !st.order) { return; }
    var form = new FormData();
    form.append("client_id", window.huiyiRealtime ? window.huiyiRealtime.newClientId() : String(Date.now()));
    form.append("image", f);
    api("POST", CONV + "/" + st.order.conversation_id + "/images", undefined, form)
      .then(function (sent) { add(sent.message); }).catch(showError);
    ev.target.value = "";
  });

  // ------------------------------------------------------------------ templates (quick replies, records)

  function loadTemplates() {
    // The doctor's own templates first, then those colleagues share with a department (read-only).
    api("GET", "/api/admin/v1/workstation/templates").then(function (page) {
      st.templates = (page.mine || []).concat(page.shared || []);
      var quick = $("[data-quick]"), records = $("[data-record-template]");
      st.templates.forEach(function (t, i) {
        var opt = document.createElement("option");
        opt.value = String(i);
        opt.textContent = t.title + (t.mine ? "" : "（" + (t.department_name || "科室") + "共享）");
        if (t.kind === "reply") { quick.appendChild(opt); }
        else { opt.textContent = t.kind_label + "：" + opt.textContent; records.appendChild(opt); }
      });
    }).catch(function () { $("[data-quick]").hidden = true; $("[data-record-template]").hidden = true; });
  }
  $("[data-quick]").addEventListener("change", function (ev) {
    var t = st.templates[Number(ev.target.value)];
    if (t && t.text) {
      var box = $("[data-text]");
      box.value = (box.value ? box.value + " " : "") + t.text;
      box.focus();
    }
    ev.target.value = "";
  });
  $("[data-record-template]").addEventListener("change", function (ev) {
    record.applyTemplate(st.templates[Number(ev.target.value)]);
    ev.target.value = "";
  });

  // ------------------------------------------------------------------ actions

  function act(path, body) {
    showError(null);
    return api("POST", API + "/orders/" + st.order.id + "/" + path, body).then(function (o) {
      renderOrder(o); loadQueue();
      return o;
    }).catch(function (err) { showError(err); throw err; });
  }

  var dialog = document.querySelector("[data-dialog]");
  function ask(title, withDoctor) {
    return new Promise(function (resolve) {
      var form = dialog.querySelector("[data-dialog-form]");
      form.reset();
      dialog.querySelector("[data-dialog-title]").textContent = title;
      var pick = dialog.querySelector("[data-dialog-doctor]");
      pick.hidden = !withDoctor;
      var select = form.elements.doctor_id;
      select.required = !!withDoctor;
      var ready = Promise.resolve();
      if (withDoctor) {
        select.innerHTML = "";
        ready = api("GET", API + "/orders/" + st.order.id + "/colleagues").then(function (page) {
          page.items.forEach(function (d) {
            var opt = document.createElement("option");
            opt.value = d.id;
            opt.textContent = d.name + " · " + d.title_label + " · " + d.department_name;
            select.appendChild(opt);
          });
        });
      }
      ready.then(function () {
        dialog.onclose = function () {
          if (dialog.returnValue !== "ok") { resolve(null); return; }
          resolve({ reason: form.elements.reason.value.trim(), doctor_id: Number(select.value) || null });
        };
        dialog.showModal();
      });
    });
  }

  root.addEventListener("click", function (ev) {
    var b = ev.target.closest("[data-act]");
    if (!b || !st.order) { return; }
    var what = b.getAttribute("data-act");
    if (what === "accept") { act("accept"); return; }
    var titles = { reject: "拒绝接诊（将全额退款）", withdraw: "取消接诊（将全额退款）", transfer: "转诊给同院医生" };
    ask(titles[what], what === "transfer").then(function (answer) {
      if (!answer) { return; }
      var body = { reason: answer.reason };
      if (what === "transfer") { body.doctor_id = answer.doctor_id; }
      act(what, body).then(function (o) { if (what === "transfer") { closeRoom(); } });
    });
  });


  // ------------------------------------------------------------------ reminders (下单、接诊、取消提醒)

  function loadReminders() {
    return api("GET", "/api/admin/v1/messages?kind=consult.desk&unread=1&page_size=20").then(function (page) {
      text($("[data-reminder-count]"), page.total);
      var list = $("[data-reminder-list]");
      list.innerHTML = "";
      if (!page.items.length) {
        var none = document.createElement("li");
        none.className = "muted";
        none.textContent = "暂无提醒";
        list.appendChild(none);
      }
      page.items.forEach(function (m) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = "#";
        a.setAttribute("data-reminder", m.id);
        a.textContent = time(m.created_at) + " " + m.title + "：" + m.body;
        a.addEventListener("click", function (ev) {
          ev.preventDefault();
          var wanted = /[?&]order=(\d+)/.exec(m.link || "");
          api("POST", "/api/admin/v1/messages/read", { message_ids: [m.id] }).then(loadReminders);
          if (wanted) { openOrder(wanted[1]); }
        });
        li.appendChild(a);
        list.appendChild(li);
      });
    }).catch(function () { $("[data-reminders]").hidden = true; });
  }

  // ------------------------------------------------------------------ live, or polling

  function setLive(state) {
    st.live = state === "live";
    text($("[data-live-state]"), { live: "实时", connecting: "连接中…", down: "连接中断，定时刷新", ended: "已离线" }[state] || state);
    clearInterval(st.pollQueue); clearInterval(st.pollChat);
    if (!st.live) {
      st.pollQueue = setInterval(function () { loadQueue(); loadReminders(); }, 5000);
      st.pollChat = setInterval(function () { catchUp().catch(function () {}); }, 3000);
    } else {
      catchUp().catch(function () {});
      loadQueue();
    }
  }

  if (window.huiyiRealtime) {
    rt = window.huiyiRealtime.connect({ onState: setLive });
    rt.follow("doctor:" + doctorId, { onNotice: function (frame) {
      loadQueue();
      loadReminders();
      var id = frame.data && (frame.data.id || frame.data.order_id);
      if (st.order && String(id) === String(st.order.id)) { refreshOrder(); }
    } });
  } else {
    setLive("down");
  }
  loadTemplates();
  loadReminders();
  loadQueue().then(function () {
    var wanted = new URLSearchParams(location.search).get("order");
    if (wanted) { openOrder(wanted); }
  });
})();
