/* 处方审核 (admin_web/pages/rx_review.py): the pharmacist's queue (待审核 / 申诉中, oldest first) and one
   prescription at a time, decided through /api/admin/v1/rx (review-queue, prescriptions/<id>, /review,
   /intervene, reject-reasons). Live: the realtime topic `rx_review:<institution>` reloads the queue
   (a new signature, an appeal, a colleague's decision); while the socket is not live the queue is
   polled. A prescription whose signature does not verify is marked 已被篡改 and 通过 is not offered
   (the server refuses it anyway). */
(function () {
  "use strict";

  const API = "/api/admin/v1/rx";
  const R = window.huiyiRx;
  const root = document.getElementById("rx-review");
  if (!root) { return; }
  const $ = (s) => root.querySelector(s);
  const $$ = (s) => Array.from(root.querySelectorAll(s));
  const st = { queue: "pending_review", current: null, reasons: {}, live: false, poll: null };
  const form = $("[data-decide-form]");
  const listOf = (d) => (Array.isArray(d) ? d : (d && d.items) || []);

  function showError(err) {
    const box = $("[data-error]");
    box.hidden = !err;
    box.textContent = err ? (err.message || String(err)) : "";
  }
  function done(text) { const n = $("[data-done]"); n.hidden = !text; n.textContent = text || ""; }

  function loadReasons() {
    return R.api("GET", API + "/reject-reasons").then((d) => {
      const box = $("[data-reasons]");
      listOf(d).forEach((r) => {
        const code = r.code || r.value, label = r.label || r.name || code;
        st.reasons[code] = label;
        box.append(R.el("label", {}, R.el("input", { type: "checkbox", name: "reasons", value: code }), " " + label));
      });
    }).catch(showError);
  }

  function loadQueue() {
    const one = (state) => R.api("GET", API + "/review-queue?state=" + state);
    return Promise.all([one("pending_review"), one("appealed")]).then(([pending, appealed]) => {
      const counts = { pending_review: pending.total ?? listOf(pending).length, appealed: appealed.total ?? listOf(appealed).length };
      Object.keys(counts).forEach((k) => { $("[data-count=" + k + "]").textContent = counts[k]; });
      const rows = listOf(st.queue === "appealed" ? appealed : pending);
      const ul = $("[data-queue-list]");
      ul.innerHTML = "";
      rows.forEach((p) => {
        const li = R.el("li", { "data-rx-id": p.id, "data-rx-state": p.state, tabindex: "0", class: st.current && st.current.id === p.id ? "active" : "" },
          R.el("div", {}, R.el("b", {}, p.patient_name || ""), " ",
            p.finding_level ? R.el("span", { class: "tag sev-" + p.finding_level }, R.SEVERITY[p.finding_level] || p.finding_level) : "",
            p.modified ? R.el("span", { class: "tag" }, "医生已修改") : ""),
          R.el("p", { class: "muted" }, [p.number, p.doctor_name, p.department_name, R.time(p.signed_at)].filter(Boolean).join(" · ")),
          R.el("p", {}, p.drugs || (p.items || []).map((i) => i.drug_name).join("、")));
        li.addEventListener("click", () => show(p.id));
        li.addEventListener("keydown", (ev) => { if (ev.key === "Enter") { show(p.id); } });
        ul.append(li);
      });
      if (!rows.length) { ul.append(R.el("li", { class: "muted" }, st.queue === "appealed" ? "暂无申诉" : "暂无待审处方")); }
    }).catch(showError);
  }

  function decideFor(rx) {
    const bad = R.tampered(rx);
    const open = ["pending_review", "appealed"].includes(rx.state);
    const canIntervene = rx.can_intervene != null ? rx.can_intervene : rx.state === "approved";
    form.hidden = !(open || canIntervene);
    $("[data-decide-title]").textContent = rx.state === "appealed" ? "申诉复审" : open ? "审核结论" : "药师干预";
    $("[data-tampered-note]").hidden = !bad;
    $("[data-act=pass]").hidden = !open;
    $("[data-act=pass]").disabled = bad || rx.can_pass === false;
    $("[data-act=reject]").hidden = !open;
    $("[data-act=intervene]").hidden = open || !canIntervene;
    form.reset();
  }

  function showTampered(id, err) {
    // The server would not even show it: what it says is all there is to show.
    st.current = { id, state: "tampered", tampered: true };
    $("[data-detail-card]").hidden = false;
    const box = $("[data-detail]");
    box.innerHTML = "";
    box.append(R.el("header", { class: "rx-detail-head" }, R.el("h2", {}, "处方 #" + id),
      R.el("span", { class: "badge bad", "data-signature": "invalid" }, "已被篡改：签名验证失败")), R.el("p", { class: "error" }, err.message));
    form.hidden = false;
    $("[data-tampered-note]").hidden = false;
    $("[data-act=pass]").hidden = false;
    $("[data-act=pass]").disabled = true;
    $("[data-act=reject]").hidden = false;
    $("[data-act=intervene]").hidden = true;
  }

  function show(id) {
    showError(null);
    return R.api("GET", API + "/prescriptions/" + id).then((rx) => {
      st.current = rx;
      $("[data-detail-card]").hidden = false;
      R.renderDetail($("[data-detail]"), rx, { reasons: st.reasons });
      decideFor(rx);
      $$("[data-queue-list] li").forEach((li) => li.classList.toggle("active", li.dataset.rxId === String(rx.id)));
      history.replaceState(null, "", "?id=" + rx.id);
    }).catch((err) => {
      if (err.code === "signing.document_altered") { showTampered(id, err); } else { showError(err); }
    });
  }

  function reasons() { return $$("[data-reasons] input:checked").map((x) => x.value); }

  function decide(url, body, message) {
    showError(null);
    return R.api("POST", url, body).then((rx) => {
      done(message + "：" + (rx.number || st.current.number || ""));
      loadQueue();
      return show(rx.id || st.current.id);
    }).catch(showError);
  }

  $("[data-act=pass]").addEventListener("click", () => {
    decide(API + "/prescriptions/" + st.current.id + "/review", { decision: "pass", reasons: [], note: form.elements.note.value.trim() }, "已通过");
  });
  $("[data-act=reject]").addEventListener("click", () => {
    const chosen = reasons();
    if (!chosen.length) { showError(new Error("请至少选择一个不通过原因")); return; }
    decide(API + "/prescriptions/" + st.current.id + "/review", { decision: "reject", reasons: chosen, note: form.elements.note.value.trim() }, "已不通过");
  });
  $("[data-act=intervene]").addEventListener("click", () => {
    const chosen = reasons();
    if (!chosen.length) { showError(new Error("请至少选择一个干预原因")); return; }
    if (!window.confirm("干预将撤销该处方的审核通过，已支付的订单会退款。继续？")) { return; }
    decide(API + "/prescriptions/" + st.current.id + "/intervene", { reasons: chosen, note: form.elements.note.value.trim() }, "已干预");
  });

  $$("[data-queue]").forEach((b) => b.addEventListener("click", () => {
    st.queue = b.dataset.queue;
    $$("[data-queue]").forEach((x) => x.classList.toggle("active", x === b));
    loadQueue();
  }));

  // Live: the institution's review topic (core/rx service.review_topic); polled every 10 s while the
  // socket is not live, and every 30 s anyway (a topic the gateway refused would otherwise go quiet).
  function setLive(state) {
    st.live = state === "live";
    $("[data-live-state]").textContent = st.live ? "实时" : state === "ended" ? "已离线" : "自动刷新";
    clearInterval(st.poll);
    st.poll = setInterval(loadQueue, st.live ? 30000 : 10000);
  }
  const inst = root.dataset.institution;
  if (window.huiyiRealtime && inst) {
    const rt = window.huiyiRealtime.connect({ onState: setLive });
    rt.follow("rx_review:" + inst, { onItem: loadQueue, onNotice: loadQueue, onClosed: () => setLive("down") });
  } else { setLive("down"); }

  loadReasons().then(() => {
    loadQueue();
    const wanted = new URLSearchParams(location.search).get("id");
    if (wanted && /^\d+$/.test(wanted)) { show(Number(wanted)); }
  });
})();
