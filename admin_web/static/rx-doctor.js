/* 我的处方 (admin_web/pages/rx_doctor.py): the doctor's prescriptions by state, one with its reviews,
   findings, reasons, appeals, signature and timeline (rx-common.js renders it as the pharmacist sees
   it); a rejected one is accepted — void, and the revision the server answers opens prefilled in the
   prescribing panel (consult-rx.js) — or appealed once with a reason. `?id=<prescription>` opens one. */
(function () {
  "use strict";

  const API = "/api/admin/v1/workstation/rx";
  const R = window.huiyiRx;
  const root = document.getElementById("rx-doctor");
  if (!root) { return; }
  const $ = (s) => root.querySelector(s);
  const st = { state: "", current: null };
  const panel = window.huiyiRxPanel.bind(root, { onSigned: (rx) => { $("[data-revision]").hidden = true; load().then(() => show(rx.id)); } });

  function showError(err) {
    const box = $("[data-error]");
    box.hidden = !err;
    box.textContent = err ? (err.message || String(err)) : "";
  }

  function load() {
    return R.api("GET", API + "/prescriptions" + (st.state ? "?state=" + st.state : "")).then((d) => {
      const ul = $("[data-list]");
      ul.innerHTML = "";
      (Array.isArray(d) ? d : d.items || []).forEach((p) => {
        const li = R.el("li", { "data-rx-id": p.id, "data-rx-state": p.state, tabindex: "0", class: st.current && st.current.id === p.id ? "active" : "" },
          R.el("div", {}, R.el("b", {}, p.patient_name || ""), " ", R.el("span", { class: "badge state-" + p.state }, R.stateLabel(p)),
            p.finding_level === "error" ? R.el("span", { class: "tag sev-error" }, "问题处方") : ""),
          R.el("p", { class: "muted" }, [p.number, R.time(p.signed_at || p.created_at)].filter(Boolean).join(" · ")),
          R.el("p", {}, p.drugs || (p.items || []).map((i) => i.drug_name).join("、")));
        li.addEventListener("click", () => show(p.id));
        li.addEventListener("keydown", (ev) => { if (ev.key === "Enter") { show(p.id); } });
        ul.append(li);
      });
      if (!ul.children.length) { ul.append(R.el("li", { class: "muted" }, "暂无处方")); }
    }).catch(showError);
  }

  function show(id) {
    showError(null);
    return R.api("GET", API + "/prescriptions/" + id).then((rx) => {
      st.current = rx;
      $("[data-detail-card]").hidden = false;
      R.renderDetail($("[data-detail]"), rx, {});
      const canAccept = rx.can_accept != null ? rx.can_accept : rx.state === "rejected";
      const canAppeal = rx.can_appeal != null ? rx.can_appeal : (rx.state === "rejected" && !rx.appealed);
      $("[data-rejected-actions]").hidden = !(canAccept || canAppeal);
      $("[data-act=accept]").hidden = !canAccept;
      $("[data-appeal-form]").hidden = !canAppeal;
      Array.from(root.querySelectorAll("[data-list] li")).forEach((li) => li.classList.toggle("active", li.dataset.rxId === String(rx.id)));
      if (rx.state === "draft") { openRevision(rx); } else { $("[data-revision]").hidden = true; }
      insurance(rx);
      history.replaceState(null, "", "?id=" + rx.id);
    }).catch(showError);
  }

  // 医保电子处方 (seed 003 门诊医生工作站改造): an approved prescription is saved to the insurance
  // e-prescription centre (pre-check, insurance e-signature, upload), revoked with a reason before the
  // pick-up, and its 购药提示单 printed; the state is the centre's as last seen, refreshed on demand.
  function insurance(rx, refresh) {
    const box = $("[data-insurance]");
    box.hidden = rx.state !== "approved";
    if (box.hidden) { return Promise.resolve(); }
    const url = API + "/prescriptions/" + rx.id + "/insurance";
    const shown = (row) => {
      const uploaded = row && row.hi_rxno && row.state !== "revoked";
      $("[data-insurance-state]").textContent = row
        ? [row.state_label, row.hi_rxno ? "医保处方编号 " + row.hi_rxno : "", row.last_error].filter(Boolean).join(" · ")
        : "尚未提交医保电子处方中心";
      $("[data-act=insurance-save]").hidden = Boolean(uploaded);
      $("[data-act=insurance-refresh]").hidden = !row;
      $("[data-insurance-slip]").hidden = !uploaded;
      $("[data-insurance-slip]").href = url + "/slip.pdf";
      $("[data-insurance-revoke]").hidden = !uploaded || row.state === "dispensed";
    };
    return R.api("GET", url + (refresh ? "?refresh=1" : "")).then(shown).catch((err) => {
      if (err.code === "insurance.not_uploaded") { shown(null); } else { showError(err); }
    });
  }

  $("[data-act=insurance-save]").addEventListener("click", () => {
    showError(null);
    R.api("POST", API + "/prescriptions/" + st.current.id + "/insurance", {})
      .then(() => insurance(st.current)).catch(showError);
  });
  $("[data-act=insurance-refresh]").addEventListener("click", () => { showError(null); insurance(st.current, true); });
  $("[data-insurance-revoke]").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const reason = ev.target.elements.reason.value.trim();
    if (!reason) { showError(new Error("请填写撤销原因")); return; }
    showError(null);
    R.api("DELETE", API + "/prescriptions/" + st.current.id + "/insurance", { reason })
      .then(() => { ev.target.reset(); return insurance(st.current); }).catch(showError);
  });

  function openRevision(draft) {
    $("[data-revision]").hidden = false;
    Promise.resolve(panel.open(draft.consult_order_id || (draft.consult_order && draft.consult_order.id), true))
      .then(() => panel.edit(draft));
    $("[data-revision]").scrollIntoView({ block: "start" });
  }

  $("[data-act=accept]").addEventListener("click", () => {
    if (!window.confirm("接受药师的拒绝？原处方将作废，并打开一张修改用的新处方。")) { return; }
    showError(null);
    R.api("POST", API + "/prescriptions/" + st.current.id + "/accept", {}).then((draft) => {
      $("[data-rejected-actions]").hidden = true;
      return load().then(() => show(draft.id));
    }).catch(showError);
  });

  $("[data-appeal-form]").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const reason = ev.target.elements.reason.value.trim();
    if (reason.length < 2) { showError(new Error("请填写申诉理由")); return; }
    showError(null);
    R.api("POST", API + "/prescriptions/" + st.current.id + "/appeal", { reason }).then((rx) => {
      ev.target.reset();
      return load().then(() => show(rx.id || st.current.id));
    }).catch(showError);
  });

  Array.from(root.querySelectorAll("[data-states] [data-state]")).forEach((b) => b.addEventListener("click", () => {
    st.state = b.dataset.state;
    root.querySelectorAll("[data-states] [data-state]").forEach((x) => x.classList.toggle("active", x === b));
    load();
  }));

  load();
  const wanted = new URLSearchParams(location.search).get("id");
  if (wanted && /^\d+$/.test(wanted)) { show(Number(wanted)); }
})();
