/* What the doctor's and the pharmacist's prescription screens share (consult-rx.js in 我的诊室 and the
   video page, rx-doctor.js for 我的处方, rx-review.js for 处方审核): the JSON call with the console's
   CSRF token, labels, and one rendering of a prescription (the patient's clinical state, diagnoses,
   items with their findings, the reviews with rule versions and reasons, appeals, the signature's
   validity and the timeline) so that both roles read the same facts the same way.

     window.huiyiRx.api(method, url, body) -> Promise(data)   (errors carry .code, .status, .details)
     window.huiyiRx.renderDetail(el, rx, {reasons: {code: label}})
     window.huiyiRx.findingsList(findings, {items})            -> <ul>
     window.huiyiRx.tampered(rx) -> bool                       (the signature does not verify) */
(function () {
  "use strict";

  const STATES = { draft: "草稿", pending_review: "待审核", approved: "审核通过", rejected: "审核未通过",
                   appealed: "申诉中", void: "已作废", revoked: "已撤销", expired: "已过期" };
  const SEVERITY = { error: "错误", warning: "警告", info: "提示" };
  const PREGNANCY = { none: "无", pregnant: "妊娠", lactating: "哺乳期" };
  const KINDS = { western: "西药/中成药", herbal: "中草药" };
  const REVIEW_KINDS = { auto: "规则预审", pharmacist: "药师审核", intervention: "药师干预" };
  const DECISIONS = { pass: "通过", reject: "不通过" };
  const EVENTS = { prescribed: "开具处方", drafted: "开具处方", signed: "医生签名", auto_review: "规则预审",
                   reviewed: "药师审核", approved: "审核通过", rejected: "审核未通过", appealed: "医生申诉",
                   accepted: "医生接受拒绝", voided: "已作废", revised: "修改处方", revoked: "医生撤回",
                   intervened: "药师干预", expired: "已过期", paid: "已支付", dispensed: "已发药",
                   returned: "已退药", shipped: "已发货", delivered: "已送达", collected: "已取药" };

  function csrf() {
    try { return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRF-Token"] || ""; }
    catch (e) { return ""; }
  }

  // A refusal with the fields it names, in the doctor's words (items.0.dose → 第1项 单次剂量).
  const FIELDS = { dose: "单次剂量", days: "天数", frequency: "频次", quantity: "数量", route: "途径", group_no: "组号",
                   note: "备注", override_reason: "超量理由", diagnoses: "诊断", items: "药品", weight_kg: "体重",
                   gestation_weeks: "孕周", allergies: "过敏史", current_medication: "正在用药", herbal_doses: "剂数",
                   herbal_usage: "用法", reason: "理由", reasons: "原因", clinical: "患者情况" };
  function explain(data) {
    const errors = (data.details && data.details.errors) || [];
    if (!errors.length) { return data.message; }
    const where = (path) => String(path || "").split(".").map((p) => (/^\d+$/.test(p) ? "第" + (Number(p) + 1) + "项" : FIELDS[p] || "")).filter(Boolean).join(" ");
    return (data.message || "") + "：" + errors.slice(0, 4).map((e) => (where(e.path) ? where(e.path) + " " : "") + e.message).join("；");
  }

  function api(method, url, body) {
    const opts = { method, credentials: "same-origin", headers: { Accept: "application/json" } };
    if (method !== "GET") { opts.headers["X-CSRF-Token"] = csrf(); }
    if (body !== undefined) { opts.headers["Content-Type"] = "application/json"; opts.body = JSON.stringify(body); }
    return fetch(url, opts).then((r) => r.json().catch(() => ({})).then((data) => {
      if (!r.ok) {
        const err = new Error(explain(data) || ("请求失败（" + r.status + "）"));
        err.code = data.code; err.status = r.status; err.details = data.details;
        throw err;
      }
      return data;
    }));
  }

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === false || v == null) { return; }
      if (k === "class") { e.className = v; } else { e.setAttribute(k, v === true ? "" : v); }
    });
    children.flat().forEach((c) => { if (c != null && c !== false) { e.append(c instanceof Node ? c : String(c)); } });
    return e;
  }

  function time(iso) {
    if (!iso) { return ""; }
    const d = new Date(iso);
    const p = (n) => (n < 10 ? "0" : "") + n;
    return d.getFullYear() + "-" + p(d.getMonth() + 1) + "-" + p(d.getDate()) + " " + p(d.getHours()) + ":" + p(d.getMinutes());
  }
  function yuan(fen) { return fen == null ? "" : "¥" + (fen / 100).toFixed(2); }
  function stateLabel(rx) { return rx.state_label || STATES[rx.state] || rx.state; }

  // The signature's validity, whatever of the detail's forms the server answers.
  function signature(rx) {
    const s = rx.signature || rx.verification || {};
    if (typeof s.valid === "boolean") { return s; }
    if (typeof rx.signature_valid === "boolean") { return { valid: rx.signature_valid }; }
    if (typeof s.ok === "boolean") { return Object.assign({ valid: s.ok }, s); }
    return s;
  }
  function tampered(rx) { return signature(rx).valid === false || !!rx.tampered; }

  function findingsList(findings, opts) {
    const items = (opts && opts.items) || [];
    const name = (seq) => { const it = items.find((i) => i.seq === seq); return it ? it.drug_name : "第" + seq + "项"; };
    const ul = el("ul", { class: "rx-findings" });
    const order = { error: 0, warning: 1, info: 2 };
    (findings || []).slice().sort((a, b) => (order[a.severity] ?? 3) - (order[b.severity] ?? 3)).forEach((f) => {
      ul.append(el("li", { class: "rx-finding sev-" + f.severity, "data-severity": f.severity, "data-rule": f.rule_code || "" },
        el("b", { class: "sev" }, SEVERITY[f.severity] || f.severity), " ", f.message,
        (f.items && f.items.length) ? el("span", { class: "muted" }, "（" + f.items.map(name).join("、") + "）") : "",
        f.version != null ? el("small", { class: "muted rx-rule-version" }, " 规则 " + (f.rule_code || "") + " · 版本 v" + f.version) : ""));
    });
    if (!ul.children.length) { ul.append(el("li", { class: "muted rx-no-findings" }, "未发现问题")); }
    return ul;
  }

  function itemLine(i, findings) {
    const mine = (findings || []).filter((f) => (f.items || []).includes(i.seq));
    const worst = ["error", "warning", "info"].find((s) => mine.some((f) => f.severity === s));
    return el("tr", { "data-item": i.seq, class: worst ? "sev-" + worst : "" },
      el("td", {}, el("b", {}, i.drug_name), " ", el("small", { class: "muted" }, i.strength || ""),
        i.group_no ? el("span", { class: "tag" }, "组" + i.group_no) : "",
        mine.length ? el("div", { class: "rx-item-findings" }, mine.map((f) => el("small", { class: "sev-" + f.severity }, (SEVERITY[f.severity] || "") + "：" + f.message))) : ""),
      el("td", { "data-label": "用法" }, (i.dose != null ? Number(i.dose) : "") + (i.dose_unit || "") + " " + (i.frequency_label || i.frequency || "") + " " + (i.route || "")),
      el("td", { "data-label": "天数" }, i.days != null ? i.days + "天" : ""),
      el("td", { "data-label": "数量" }, (i.quantity ?? "") + (i.unit || "")),
      el("td", { "data-label": "金额" }, yuan(i.amount_fen)),
      el("td", { "data-label": "备注" }, [i.note, i.override_reason ? "超量理由：" + i.override_reason : ""].filter(Boolean).join("；")));
  }

  function clinicalText(rx) {
    const c = rx.clinical || rx;
    const parts = [];
    if (rx.patient_name) { parts.push(rx.patient_name); }
    if (c.sex) { parts.push(c.sex); }
    if (c.age_label) { parts.push(c.age_label); } else if (c.age_months != null) {
      parts.push(c.age_months >= 24 ? Math.floor(c.age_months / 12) + "岁" : c.age_months + "个月");
    }
    if (c.weight_kg != null && c.weight_kg !== "") { parts.push(Number(c.weight_kg) + " kg"); }
    if (c.pregnancy && c.pregnancy !== "none") {
      parts.push((c.pregnancy_label || PREGNANCY[c.pregnancy] || c.pregnancy) + (c.gestation_weeks ? " " + c.gestation_weeks + "周" : ""));
    }
    return parts.join(" · ");
  }

  function reviewBlock(r, reasons) {
    const who = r.pharmacist_name || (r.kind === "auto" ? "审方规则" : "");
    return el("li", { class: "rx-review", "data-review-kind": r.kind, "data-decision": r.decision || "" },
      el("div", {}, el("b", {}, REVIEW_KINDS[r.kind] || r.kind), " ",
        r.decision ? el("span", { class: "badge decision-" + r.decision }, DECISIONS[r.decision] || r.decision) : "",
        " ", el("span", { class: "muted" }, [who, time(r.created_at), r.round > 1 ? "第" + r.round + "轮" : "",
          r.ruleset_version != null ? "规则版本 v" + r.ruleset_version : ""].filter(Boolean).join(" · "))),
      (r.reasons && r.reasons.length) ? el("p", { class: "rx-reasons" }, "原因：",
        (r.reason_labels || r.reasons.map((c) => (reasons && reasons[c]) || c)).join("；")) : "",
      r.note ? el("p", { class: "pre-line" }, "说明：" + r.note) : "",
      (r.kind === "auto" || (r.findings && r.findings.length)) ? findingsList(r.findings, {}) : "");
  }

  function renderDetail(root, rx, opts) {
    const reasons = (opts && opts.reasons) || {};
    root.innerHTML = "";
    const sig = signature(rx);
    const bad = tampered(rx);
    root.append(el("header", { class: "rx-detail-head" },
      el("h2", {}, (KINDS[rx.kind] || "") + "处方 ", el("small", { class: "muted" }, rx.number || "")),
      el("span", { class: "badge state-" + rx.state, "data-rx-state": rx.state }, stateLabel(rx)),
      rx.modified ? el("span", { class: "tag" }, "医生已修改") : "",
      el("span", { class: "badge " + (bad ? "bad" : sig.valid ? "ok" : ""), "data-signature": bad ? "invalid" : sig.valid ? "valid" : "none" },
        bad ? "已被篡改：签名验证失败" : sig.valid ? "电子签名有效" + ((sig.signer || sig.signer_name) ? "（" + (sig.signer || sig.signer_name) + "）" : "") : "未签名")));
    root.append(el("p", { class: "rx-patient", "data-rx-patient": "" }, clinicalText(rx)));
    const c = rx.clinical || rx;
    const facts = el("dl", { class: "rx-facts" });
    const fact = (k, v) => { if (v) { facts.append(el("div", {}, el("dt", {}, k), el("dd", {}, v))); } };
    fact("过敏史", (c.allergies || []).join("、") || "无");
    fact("正在用药", (c.current_medication || []).join("、"));
    fact("诊断", (rx.diagnoses || []).map((d) => (d.code ? d.code + " " : "") + (d.name || "")).join("；"));
    fact("医生", [rx.doctor_name, rx.department_name, time(rx.signed_at)].filter(Boolean).join(" · "));
    if (rx.kind === "herbal") { fact("剂数与用法", [rx.herbal_doses ? rx.herbal_doses + "剂" : "", rx.herbal_usage].filter(Boolean).join("，")); }
    fact("嘱托", rx.note);
    fact("合计", yuan(rx.total_fen));
    root.append(facts);
    const allFindings = rx.checks || rx.findings || ((rx.reviews || []).filter((r) => r.kind === "auto").slice(-1)[0] || {}).findings || [];
    const table = el("table", { class: "table rx-items-table" },
      el("thead", {}, el("tr", {}, ["药品", "用法用量", "天数", "数量", "金额", "备注"].map((h) => el("th", {}, h)))),
      el("tbody", {}, (rx.items || []).map((i) => itemLine(i, allFindings))));
    root.append(table);
    root.append(el("h3", {}, "规则审查结果"), findingsList(allFindings, { items: rx.items }));
    if (rx.appeals && rx.appeals.length) {
      root.append(el("h3", {}, "医生申诉"), el("ul", { class: "rx-appeals" }, rx.appeals.map((a) =>
        el("li", { "data-appeal": a.state || "" }, el("span", { class: "muted" }, time(a.created_at) + " "), a.reason,
          a.state && a.state !== "open" ? el("span", { class: "tag" }, a.state === "upheld" ? "维持拒绝" : "申诉成立") : ""))));
    }
    if (rx.reviews && rx.reviews.length) {
      root.append(el("h3", {}, "审核记录"), el("ol", { class: "rx-reviews" }, rx.reviews.map((r) => reviewBlock(r, reasons))));
    }
    if (rx.timeline && rx.timeline.length) {
      root.append(el("h3", {}, "医嘱处理时间轴"), el("ol", { class: "timeline rx-timeline" }, rx.timeline.map((e) =>
        el("li", { "data-event": e.event }, el("span", { class: "muted" }, time(e.at) + " "),
          el("b", {}, e.label || EVENTS[e.event] || e.event), e.actor_name ? " · " + e.actor_name : "", e.note ? "：" + e.note : ""))));
    }
    return root;
  }

  window.huiyiRx = { api, el, time, yuan, STATES, SEVERITY, PREGNANCY, KINDS, stateLabel, signature, tampered,
                     findingsList, renderDetail, clinicalText };
})();
