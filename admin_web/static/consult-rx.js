/* The prescribing panel (templates/admin/workstation/_rx.html), one piece shared by 我的诊室
   (consult-desk.js), the video consultation (consult-video.js) and 我的处方's revision (rx-doctor.js),
   over the workstation's prescription API (/api/admin/v1/workstation/rx: catalogue, orders/<consult
   order>, prescriptions, requests) and the doctor's templates (/api/admin/v1/workstation/templates,
   kinds prescription and order_set).

     var rx = window.huiyiRxPanel.bind(rootEl, {onSigned: fn(prescription)});
     rx.open(orderId, writable);   // the consultation's defaults, drafts, prescriptions and requests
     rx.edit(prescription);        // a draft (a revision after an accepted rejection) into the form
     bind(rootEl, {template: {kind: "prescription"|"order_set", input}})   // 模板 tab: the body into input

   Why the rules run while the doctor writes: the draft is saved (debounced) whenever its items are
   complete and the server answers the rules' findings with it (`checks`), the same engine the review
   runs after signing — so the doctor sees an allergy or a pregnancy contraindication beside the item
   before signing, and a dose out of range asks for its reason there. The server decides everything;
   this file only shows and sends. */
(function () {
  "use strict";

  const API = "/api/admin/v1/workstation/rx";
  const TEMPLATES = "/api/admin/v1/workstation/templates";
  const R = window.huiyiRx;
  const el = R.el;
  const listOf = (d) => (Array.isArray(d) ? d : (d && (d.items || d.results)) || []);
  const drugsOf = (p) => p.drugs || (p.items || []).map((i) => i.drug_name).join("、");
  const splitList = (s) => s.split(/[,，、;；\n]/).map((x) => x.trim()).filter(Boolean);

  function bind(root, opts) {
    const panel = root.querySelector("[data-rx-panel]");
    if (!panel) { return null; }
    opts = opts || {};
    const $ = (s) => panel.querySelector(s);
    const $$ = (s) => Array.from(panel.querySelectorAll(s));
    const form = $("[data-rx-form]");
    const reqForm = $("[data-rx-request]");
    const rowTpl = $("[data-rx-row]");
    // Template bodies keep ids; the page names their drugs and charge items (data-names, rx_doctor.names_of).
    let names = { drugs: {}, charges: {} };
    try { names = Object.assign(names, JSON.parse(panel.dataset.names || "{}")); } catch (e) { /* ids shown as they are */ }
    function named(body) {
      const one = (i) => Object.assign({}, names.drugs[i.drug_id] ? { drug_name: names.drugs[i.drug_id].name,
        strength: names.drugs[i.drug_id].strength, dose_unit: names.drugs[i.drug_id].dose_unit, unit: names.drugs[i.drug_id].unit } : {}, i);
      const items = (rx) => { rx.items = (rx.items || []).map(one); };
      if (body.items) { items(body); }
      (body.prescriptions || []).forEach(items);
      (body.requests || []).forEach((r) => { r.items = (r.items || []).map((c) => (typeof c === "object" ? c
        : Object.assign({ id: c, name: "收费项目 " + c, price_fen: 0 }, names.charges[c] || {}))); });
      return body;
    }

    const st = { order: null, writable: false, kind: "western", rx: null, items: [], dx: [], charges: [], findings: [],
                 saving: null, timer: null, dirty: false, templates: [], orderSets: [], history: [], data: null };

    function showError(err) {
      const box = $("[data-rx-error]");
      box.hidden = !err;
      box.textContent = err ? (err.message || String(err)) : "";
    }
    function note(t) { $("[data-rx-note]").textContent = t || ""; }

    // ------------------------------------------------------------ tabs

    function tab(name) {
      $$("[data-rx-tab]").forEach((b) => b.classList.toggle("active", b.dataset.rxTab === name));
      form.hidden = !(name === "western" || name === "herbal");
      reqForm.hidden = name !== "request";
      $("[data-rx-list]").hidden = name !== "list";
      if (name === "western" || name === "herbal") {
        if (name !== st.kind && st.items.length && !st.rx) { st.items = []; }
        if (name !== st.kind && st.rx) { newRx(); }
        st.kind = name;
        $("[data-rx-herbal]").hidden = name !== "herbal";
        $$("[data-col=group]").forEach((c) => { c.hidden = name === "herbal"; });
        $$("[data-col=note]").forEach((c) => { c.hidden = name !== "herbal"; });
        renderItems();
      }
    }
    $$("[data-rx-tab]").forEach((b) => b.addEventListener("click", () => tab(b.dataset.rxTab)));

    // ------------------------------------------------------------ search boxes

    function suggest(input, list, load, pick, render) {
      let seq = 0, timer = null;
      input.addEventListener("input", () => {
        clearTimeout(timer);
        const q = input.value.trim();
        if (!q) { list.innerHTML = ""; return; }
        timer = setTimeout(() => {
          const mine = ++seq;
          load(q).then((rows) => {
            if (mine !== seq) { return; }
            list.innerHTML = "";
            listOf(rows).slice(0, 12).forEach((row) => {
              const li = el("li", { tabindex: "0", role: "option" }, render(row));
              const choose = () => { pick(row); input.value = ""; list.innerHTML = ""; input.focus(); };
              li.addEventListener("click", choose);
              li.addEventListener("keydown", (ev) => { if (ev.key === "Enter") { ev.preventDefault(); choose(); } });
              list.append(li);
            });
            if (!list.children.length) { list.append(el("li", { class: "muted" }, "没有匹配的结果")); }
          }).catch(showError);
        }, 200);
      });
      input.addEventListener("keydown", (ev) => {
        if (ev.key === "Enter") { ev.preventDefault(); const first = list.querySelector("li[role=option]"); if (first) { first.click(); } }
      });
    }

    const drugName = (d) => d.generic_name || d.drug_name || d.name || "";
    suggest($("[data-dx-search]"), $("[data-dx-results]"),
      (q) => R.api("GET", API + "/catalogue/diagnoses?q=" + encodeURIComponent(q)),
      (d) => { if (!st.dx.some((x) => x.code === d.code)) { st.dx.push({ code: d.code, name: d.name }); renderDx(); changed(); } },
      (d) => [el("b", {}, d.code), " ", d.name]);
    suggest($("[data-drug-search]"), $("[data-drug-results]"),
      (q) => R.api("GET", API + "/catalogue/drugs?q=" + encodeURIComponent(q) + (st.kind === "herbal" ? "&kind=herbal" : ""))
        .then((rows) => listOf(rows).filter((d) => (st.kind === "herbal") === (d.kind === "herbal"))),
      (d) => addItem(d),
      (d) => [el("b", {}, drugName(d)), " ", el("small", { class: "muted" }, [d.trade_name, d.strength, d.form, R.yuan(d.price_fen) + "/" + (d.unit || "")].filter(Boolean).join(" · "))]);
    suggest($("[data-charge-search]"), $("[data-charge-results]"),
      (q) => R.api("GET", API + "/catalogue/charge-items?q=" + encodeURIComponent(q) + "&category=" + reqForm.elements.kind.value),
      (c) => { if (!st.charges.some((x) => x.id === c.id)) { st.charges.push(c); renderCharges(); } },
      (c) => [el("b", {}, c.name), " ", el("small", { class: "muted" }, R.yuan(c.price_fen))]);

    function renderDx() {
      const ul = $("[data-dx-chosen]");
      ul.innerHTML = "";
      st.dx.forEach((d, i) => {
        const rm = el("button", { type: "button", class: "link", "aria-label": "移除 " + d.name }, "×");
        rm.addEventListener("click", () => { st.dx.splice(i, 1); renderDx(); changed(); });
        ul.append(el("li", { "data-dx": d.code }, d.code + " " + (d.name || ""), st.writable ? rm : ""));
      });
    }
    function renderCharges() {
      const ul = $("[data-charge-chosen]");
      ul.innerHTML = "";
      st.charges.forEach((c, i) => {
        const rm = el("button", { type: "button", class: "link", "aria-label": "移除 " + c.name }, "×");
        rm.addEventListener("click", () => { st.charges.splice(i, 1); renderCharges(); });
        ul.append(el("li", { "data-charge": c.id }, c.name + " " + R.yuan(c.price_fen), rm));
      });
      $("[data-charge-total]").textContent = R.yuan(st.charges.reduce((s, c) => s + (c.price_fen || 0), 0));
    }

    // ------------------------------------------------------------ items

    function itemFrom(d, over) {
      const it = { drug_id: d.id != null && d.drug_id == null ? d.id : d.drug_id, name: drugName(d), strength: d.strength || "",
                   dose_unit: d.dose_unit || "", unit: d.unit || "", route: d.route || "", strength_value: d.strength_value,
                   pack_size: d.pack_size, dose: "", frequency: st.kind === "herbal" ? "qd" : "tid", days: st.kind === "herbal" ? 7 : 3,
                   quantity: "", touched: false, group_no: "", note: "", override_reason: "" };
      if (d.default_dose != null) { it.dose = String(Number(d.default_dose)); }
      else if (d.strength_value != null && st.kind !== "herbal") { it.dose = String(Number(d.strength_value)); }
      return Object.assign(it, over || {});
    }
    function addItem(d) {
      if (st.items.some((i) => i.drug_id === d.id)) { showError(new Error(drugName(d) + " 已在处方中")); return; }
      if (d.enabled === false) { showError(new Error(drugName(d) + " 已停用，不能开具")); return; }
      showError(null);
      st.items.push(itemFrom(d));
      renderItems();
      changed();
      const last = $$("[data-rx-items] tr.rx-row").pop();
      if (last) { last.querySelector("input[name=dose]").focus(); }
    }
    // The quantity is the server's (core/rx quantity_for: dose × times a day × days ÷ strength ÷ pack),
    // shown after each preview; the doctor may type another.
    function computed(it) { return it.server_quantity == null ? "" : it.server_quantity; }
    function renderItems() {
      const body = $("[data-rx-items]");
      body.innerHTML = "";
      if (!st.items.length) { body.append(el("tr", { class: "muted", "data-rx-empty": "" }, el("td", { colspan: "9" }, "尚未添加药品"))); }
      st.items.forEach((it, idx) => {
        const tr = rowTpl.content.firstElementChild.cloneNode(true);
        tr.dataset.drug = it.drug_id;
        tr.dataset.seq = idx + 1;
        const f = (k) => tr.querySelector("[data-f=" + k + "]");
        f("name").textContent = it.name;
        f("strength").textContent = it.strength;
        f("dose_unit").textContent = it.dose_unit;
        f("unit").textContent = it.unit;
        ["dose", "frequency", "days", "route", "group_no", "note", "override_reason"].forEach((k) => { tr.querySelector("[name=" + k + "]").value = it[k] == null ? "" : it[k]; });
        const qty = tr.querySelector("[name=quantity]");
        qty.value = it.touched ? it.quantity : computed(it);
        qty.placeholder = "自动";
        tr.querySelectorAll("[data-col=group]").forEach((c) => { c.hidden = st.kind === "herbal"; });
        tr.querySelectorAll("[data-col=note]").forEach((c) => { c.hidden = st.kind !== "herbal"; });
        tr.addEventListener("input", (ev) => {
          const name = ev.target.name;
          if (!name) { return; }
          it[name] = ev.target.value;
          if (name === "quantity") { it.touched = ev.target.value !== ""; }
          else if (["dose", "frequency", "days"].includes(name) && !it.touched) { it.server_quantity = null; qty.value = ""; }
          changed();
        });
        tr.querySelector("[data-remove]").addEventListener("click", () => { st.items.splice(idx, 1); renderItems(); changed(); });
        tr.querySelectorAll("input, select, button").forEach((x) => { x.disabled = !st.writable; });
        body.append(tr);
      });
      renderFindings();
    }

    function renderFindings() {
      const list = R.findingsList(st.findings, { items: st.items.map((it, i) => ({ seq: i + 1, drug_name: it.name })) });
      list.setAttribute("data-rx-findings", "");
      $("[data-rx-findings]").replaceWith(list);
      $$("[data-rx-items] tr.rx-row").forEach((tr) => {
        const seq = Number(tr.dataset.seq);
        const mine = st.findings.filter((x) => (x.items || []).includes(seq));
        const worst = ["error", "warning", "info"].find((s) => mine.some((x) => x.severity === s));
        tr.className = "rx-row" + (worst ? " sev-" + worst : "");
        const cell = tr.querySelector("[data-f=findings]");
        cell.innerHTML = "";
        mine.forEach((x) => cell.append(el("small", { class: "sev-" + x.severity, "data-severity": x.severity }, (R.SEVERITY[x.severity] || "") + "：" + x.message)));
        // A dose outside the range is prescribed only with its reason (the rules then warn instead of refusing).
        const dose = mine.some((x) => x.kind === "dose") || !!st.items[seq - 1].override_reason;
        tr.querySelector("[data-f=override]").hidden = !dose;
      });
    }

    // ------------------------------------------------------------ the draft and its checks

    function payload() {
      const f = form.elements;
      const num = (v) => (v === "" || v == null ? null : Number(v));
      const clinical = { weight_kg: f.weight_kg.value === "" ? null : f.weight_kg.value, pregnancy: f.pregnancy.value,
                         gestation_weeks: f.pregnancy.value === "pregnant" ? num(f.gestation_weeks.value) : null,
                         allergies: splitList(f.allergies.value), current_medication: splitList(f.current_medication.value) };
      const body = { consult_order_id: st.order, kind: st.kind, clinical, diagnoses: st.dx.map((d) => d.code),
                     note: f.note.value.trim(),
                     items: st.items.map((it) => {
                       const o = { drug_id: it.drug_id, dose: String(it.dose), frequency: it.frequency, days: num(it.days) };
                       if (it.touched && it.quantity !== "") { o.quantity = num(it.quantity); }
                       if (it.route) { o.route = it.route; }
                       if (st.kind !== "herbal" && it.group_no !== "" && it.group_no != null) { o.group_no = num(it.group_no); }
                       if (it.note) { o.note = it.note; }
                       if (it.override_reason) { o.override_reason = it.override_reason.trim(); }
                       return o;
                     }) };
      if (st.kind === "herbal") { body.herbal_doses = num(f.herbal_doses.value); body.herbal_usage = f.herbal_usage.value.trim(); }
      return body;
    }
    // The preview runs once the prescription can be saved at all (a diagnosis and every item's dose and days).
    const complete = () => st.dx.length > 0 && st.items.length > 0 && st.items.every((it) => Number(it.dose) > 0 && Number(it.days) > 0);

    function save(quiet) {
      clearTimeout(st.timer);
      if (!st.writable) { return Promise.resolve(st.rx); }
      if (st.saving) { return st.saving.then(() => save(quiet)); }
      const body = payload();
      if (st.rx) { delete body.consult_order_id; }  // a draft keeps its consultation
      const call = st.rx ? R.api("PUT", API + "/prescriptions/" + st.rx.id, body) : R.api("POST", API + "/prescriptions", body);
      st.dirty = false;
      note("检查中…");
      st.saving = call.then((rx) => {
        st.rx = rx;
        st.findings = rx.checks || rx.findings || [];
        (rx.items || []).forEach((i, idx) => {
          const it = st.items[idx];
          if (it && it.drug_id === i.drug_id) {
            it.server_quantity = i.quantity;
            if (!it.name || /^药品 \d+$/.test(it.name)) { it.name = i.drug_name; it.strength = i.strength; it.dose_unit = i.dose_unit; it.unit = i.unit; }
          }
        });
        $$("[data-rx-items] tr.rx-row").forEach((tr, idx) => {
          const it = st.items[idx], q = tr.querySelector("[name=quantity]");
          if (it && !it.touched && document.activeElement !== q) { q.value = computed(it); }
          if (it) { tr.querySelector("[data-f=name]").textContent = it.name; tr.querySelector("[data-f=strength]").textContent = it.strength || ""; }
        });
        $("[data-rx-preview-note]").textContent = st.findings.length ? "" : "未发现问题";
        $("[data-rx-editing]").textContent = rx.number ? "草稿 " + rx.number : "";
        renderFindings();
        note(quiet ? "草稿已自动保存" : "草稿已保存");
        if (!quiet) { showError(null); }
        return rx;
      }, (err) => { note(""); showError(err); throw err; })
        .finally(() => { st.saving = null; });
      return st.saving;
    }
    function changed() {
      st.dirty = true;
      clearTimeout(st.timer);
      if (opts.template) { opts.template.input.value = JSON.stringify(templateBody()); return; }
      if (st.writable && complete()) { st.timer = setTimeout(() => save(true).catch(() => {}), 700); }
    }
    form.addEventListener("input", (ev) => {
      if (ev.target.closest("tr.rx-row") || ev.target.closest("[data-rx-items]")) { return; }
      if (ev.target.matches("[data-dx-search], [data-drug-search]")) { return; }
      if (ev.target.name === "pregnancy") { $("[data-rx-weeks]").hidden = ev.target.value !== "pregnant"; }
      if (ev.target.name === "herbal_doses") { renderItems(); }
      changed();
    });
    form.addEventListener("change", (ev) => { if (ev.target.name === "pregnancy") { $("[data-rx-weeks]").hidden = ev.target.value !== "pregnant"; } });
    form.addEventListener("submit", (ev) => ev.preventDefault());
    $("[data-rx-save]").addEventListener("click", () => { if (!st.items.length) { showError(new Error("请先添加药品")); return; } save(false).catch(() => {}); });

    const dialog = $("[data-rx-sign-dialog]");
    $("[data-rx-sign]").addEventListener("click", () => {
      if (!st.items.length) { showError(new Error("请先添加药品")); return; }
      if (!st.dx.length) { showError(new Error("请先选择诊断")); return; }
      save(false).then((rx) => {
        const errors = st.findings.filter((x) => x.severity === "error").length;
        $("[data-rx-sign-summary]").textContent = (rx.number || "") + " · " + st.items.length + " 种药品"
          + (errors ? " · 仍有 " + errors + " 项错误级提示，药师可能不予通过" : "");
        if (dialog.showModal) { dialog.showModal(); } else if (window.confirm("确认电子签名？")) { sign(); }
      }).catch(() => {});
    });
    dialog.addEventListener("close", () => { if (dialog.returnValue === "ok") { sign(); } });

    function sign() {
      showError(null);
      note("签名中…");
      R.api("POST", API + "/prescriptions/" + st.rx.id + "/sign", {}).then((rx) => {
        note("已签名提交药师审核：" + (rx.number || ""));
        st.rx = null; st.items = []; st.findings = [];
        if (opts.onSigned) { opts.onSigned(rx); }
        return reload().then(() => { tab("list"); showSigned(rx); });
      }).catch((err) => {
        note("");
        showError(err);
        // A dose refused for want of a reason: the findings beside the items show where the reason goes.
        renderFindings();
      });
    }
    // What signing answered: the state, the signature and the rules' review, as the pharmacist will see it.
    function showSigned(rx) {
      const box = $("[data-rx-signed]");
      box.hidden = false;
      R.renderDetail(box, rx, {});
      const li = panel.querySelector('[data-rx-list-items] [data-rx-id="' + rx.id + '"]');
      if (li) { li.classList.add("just-signed"); }
      box.scrollIntoView({ block: "nearest" });
    }

    function newRx() {
      st.rx = null; st.items = []; st.findings = []; st.dirty = false;
      form.elements.note.value = ""; form.elements.herbal_doses.value = ""; form.elements.herbal_usage.value = "";
      $("[data-rx-editing]").textContent = "";
      renderItems();
      note("");
    }
    $("[data-rx-new]").addEventListener("click", () => { newRx(); tab(st.kind); });

    // ------------------------------------------------------------ history, templates, order sets

    function itemsFrom(list) {
      return (list || []).map((i) => itemFrom(i, { dose: i.dose != null ? String(Number(i.dose)) : "", frequency: i.frequency || "tid",
        days: i.days || "", route: i.route || "", group_no: i.group_no || "", note: i.note || "",
        quantity: "", touched: false, server_quantity: i.quantity == null ? null : i.quantity,
        override_reason: i.override_reason || "", name: i.drug_name || i.generic_name || i.name || ("药品 " + i.drug_id) }));
    }
    function fillFrom(src) {
      const kind = src.kind === "herbal" ? "herbal" : "western";
      newRx();
      tab(kind);
      st.items = itemsFrom(src.items);
      if (src.diagnoses && src.diagnoses.length) {
        st.dx = src.diagnoses.map((d) => (typeof d === "string" ? { code: d, name: "" } : { code: d.code, name: d.name }));
        renderDx();
      }
      if (kind === "herbal") {
        form.elements.herbal_doses.value = src.herbal_doses || "";
        form.elements.herbal_usage.value = src.herbal_usage || "";
      }
      form.elements.note.value = src.note || "";
      renderItems();
      changed();
    }
    function pickSelect(sel, from, apply) {
      sel.addEventListener("change", () => {
        const chosen = from().find((x) => String(x.id) === sel.value);
        sel.value = "";
        if (chosen) { apply(chosen); }
      });
    }
    // From history: the server copies it into a new draft of this consultation (today's drugs and prices).
    pickSelect($("[data-rx-history]"), () => st.history, (p) => {
      showError(null);
      R.api("POST", API + "/prescriptions/copy", { consult_order_id: st.order, prescription_id: p.id })
        .then((draft) => { edit(draft); note("已从历史处方复制为草稿"); return reload(); }).catch(showError);
    });
    pickSelect($("[data-rx-template]"), () => st.templates, (t) => fillFrom(named(JSON.parse(JSON.stringify(t.prescription || {})))));
    pickSelect($("[data-rx-orderset]"), () => st.orderSets, (t) => {
      const set = named(JSON.parse(JSON.stringify(t.order_set || {})));
      const first = (set.prescriptions || [])[0];
      if (first) { fillFrom(Object.assign({}, first, { diagnoses: set.diagnoses })); }
      else if (set.diagnoses) { st.dx = set.diagnoses.map((d) => (typeof d === "string" ? { code: d, name: "" } : d)); renderDx(); }
      const req = (set.requests || [])[0];
      if (req) {
        reqForm.elements.kind.value = req.kind || "lab";
        st.charges = (req.items || []).map((c) => (typeof c === "object" ? c : { id: c, name: "收费项目 " + c, price_fen: 0 }));
        renderCharges();
      }
      note("已套用医嘱套“" + t.title + "”" + (req ? "，申请单已备好" : ""));
    });
    function fillSelect(sel, rows, label) {
      const first = sel.options[0];
      sel.innerHTML = "";
      sel.append(first);
      rows.forEach((r) => sel.append(el("option", { value: r.id }, label(r))));
      sel.hidden = !rows.length;
    }
    function loadTemplates() {
      const get = (kind) => R.api("GET", TEMPLATES + "?kind=" + kind).then((d) => (d.mine || []).concat(d.shared || [])).catch(() => []);
      return Promise.all([get("prescription"), get("order_set")]).then(([t, s]) => {
        st.templates = t; st.orderSets = s;
        fillSelect($("[data-rx-template]"), t, (x) => x.title);
        fillSelect($("[data-rx-orderset]"), s, (x) => x.title);
      });
    }

    // ------------------------------------------------------------ this consultation's prescriptions and requests

    function renderList(d) {
      const ul = $("[data-rx-list-items]");
      ul.innerHTML = "";
      const rows = (d.prescriptions || []).filter((p) => p.state !== "draft" || (st.rx && p.id !== st.rx.id));
      $("[data-rx-count]").textContent = (d.prescriptions || []).filter((p) => p.state !== "draft").length;
      rows.forEach((p) => {
        const findings = p.findings || p.checks || [];
        const li = el("li", { class: "rx-list-item", "data-rx-id": p.id, "data-rx-state": p.state },
          el("div", {}, el("b", {}, p.number || ""), " ", el("span", { class: "badge state-" + p.state }, R.stateLabel(p)), " ",
            el("span", { class: "muted" }, drugsOf(p))),
          findings.length ? R.findingsList(findings, { items: p.items }) : "",
          p.finding_level ? el("span", { class: "tag sev-" + p.finding_level, "data-level": p.finding_level }, "规则：" + (R.SEVERITY[p.finding_level] || p.finding_level)) : "",
          el("a", { href: "/admin/workstation/rx?id=" + p.id, class: "link" }, "详情与时间轴"));
        if (p.state === "draft" && st.writable) {
          const b = el("button", { type: "button", class: "link" }, "继续编辑");
          b.addEventListener("click", () => edit(p));
          li.append(" ", b);
        }
        ul.append(li);
      });
      if (!rows.length) { ul.append(el("li", { class: "muted" }, "本次问诊尚未开具处方")); }
      const reqs = $("[data-rx-requests]");
      reqs.innerHTML = "";
      (d.requests || []).forEach((r) => reqs.append(el("li", { "data-request": r.id },
        el("b", {}, (r.kind === "imaging" ? "检查" : "检验") + "申请 " + (r.number || "")), " ",
        (r.items || []).map((i) => i.name).join("、"), " ", el("span", { class: "muted" }, R.yuan(r.total_fen) + (r.signed_at ? " · 已签名" : "")))));
    }
    function reload() {
      return R.api("GET", API + "/orders/" + st.order).then((d) => { st.data = d; renderList(d); return d; });
    }

    reqForm.addEventListener("submit", (ev) => {
      ev.preventDefault();
      if (!st.charges.length) { showError(new Error("请先选择收费项目")); return; }
      showError(null);
      const f = reqForm.elements;
      R.api("POST", API + "/requests", { consult_order_id: st.order, kind: f.kind.value, items: st.charges.map((c) => c.id),
                                         clinical: f.clinical.value.trim(), diagnoses: st.dx.map((d) => d.code) })
        .then((r) => {
          $("[data-request-note]").textContent = "已开具 " + (r.number || "");
          st.charges = []; renderCharges(); f.clinical.value = "";
          return reload();
        }).catch(showError);
    });

    function fillClinical(c) {
      const f = form.elements;
      c = c || {};
      f.weight_kg.value = c.weight_kg != null ? Number(c.weight_kg) : "";
      f.pregnancy.value = c.pregnancy || "none";
      f.gestation_weeks.value = c.gestation_weeks || "";
      f.allergies.value = (c.allergies || []).join(", ");
      f.current_medication.value = (c.current_medication || []).join(", ");
      $("[data-rx-weeks]").hidden = f.pregnancy.value !== "pregnant";
    }

    function edit(p) {
      newRx();
      st.rx = p;
      fillFrom(p);
      st.rx = p;
      fillClinical(p.clinical || p);
      st.findings = p.checks || p.findings || [];
      $("[data-rx-editing]").textContent = (p.previous_id ? "修改处方 " : "草稿 ") + (p.number || "");
      renderFindings();
    }

    function disable(loading) {
      panel.querySelectorAll("[data-rx-form] input, [data-rx-form] select, [data-rx-form] textarea, [data-rx-form] button, [data-rx-request] input, [data-rx-request] select, [data-rx-request] textarea, [data-rx-request] button")
        .forEach((x) => { x.disabled = loading || !st.writable; });
    }

    function open(orderId, writable) {
      const same = st.order === orderId;
      st.order = orderId;
      st.writable = !!writable;
      panel.hidden = false;
      showError(null);
      disable();
      if (same) { return reload().catch((err) => { if (err.status !== 404) { showError(err); } }); }
      newRx(); st.dx = []; renderDx(); st.charges = []; renderCharges();
      $("[data-rx-signed]").hidden = true;
      // Nothing is typed before the server's defaults are in (they would overwrite it).
      disable(true);
      const loading = reload().then((d) => {
        disable(false);
        fillClinical(d.clinical || d.defaults);
        $("[data-rx-clinical-source]").textContent = d.clinical && d.clinical.from_prescription_id ? "（取自上次处方）" : "";
        if (d.can_prescribe === false && st.writable) { st.writable = false; disable(); }
        st.history = d.history || [];
        fillSelect($("[data-rx-history]"), st.history, (p) => R.time(p.signed_at || p.created_at).slice(0, 10) + " " + drugsOf(p).slice(0, 30));
        const draft = (d.prescriptions || []).filter((p) => p.state === "draft").slice(-1)[0];
        if (draft && st.writable) { edit(draft); }
        if (st.dx.length === 0 && d.diagnoses) { st.dx = d.diagnoses.slice(); renderDx(); }
        return d;
      }).catch((err) => {
        // No prescribing where the server has none for this consultation (or none at all).
        if (err.status === 404) { panel.hidden = true; } else { showError(err); }
      });
      tab(st.kind);
      return Promise.all([loading, loadTemplates()]);
    }

    // ------------------------------------------------------------ template mode (模板 tab: 处方模板 / 医嘱套)

    // What a template keeps: the prescription's content without the patient (处方模板), or diagnoses,
    // the prescription and the request's charge items together (医嘱套). Names travel with the ids so
    // the list shows them; the server keeps what its schema knows.
    const LINE = ["drug_id", "dose", "frequency", "days", "route", "group_no", "note"];  // core/doctors RxLineBody
    function prescriptionBody() {
      const p = payload();
      delete p.consult_order_id; delete p.clinical; delete p.diagnoses;
      p.items = p.items.map((o) => Object.fromEntries(Object.entries(o).filter(([k]) => LINE.includes(k))));
      if (p.kind !== "herbal") { delete p.herbal_doses; delete p.herbal_usage; }
      return p;
    }
    function templateBody() {
      if (opts.template.kind === "prescription") { return prescriptionBody(); }
      return { diagnoses: st.dx.map((d) => d.code),
               prescriptions: st.items.length ? [prescriptionBody()] : [],
               requests: st.charges.length ? [{ kind: reqForm.elements.kind.value, items: st.charges.map((c) => c.id) }] : [] };
    }
    function startTemplate() {
      const t = opts.template;
      st.writable = true;
      panel.hidden = false;
      panel.classList.add("rx-template-mode");
      ["[data-rx-clinical]", ".rx-sources", "[data-rx-preview]", ".rx-actions", "[data-rx-tab=list]", "[data-request-submit]", "[data-rx-requests]"]
        .forEach((sel) => $$(sel).forEach((x) => { x.hidden = true; }));
      if (t.kind === "prescription") { $$(".rx-dx, [data-rx-tab=request]").forEach((x) => { x.hidden = true; }); }
      let body = {};
      try { body = JSON.parse(t.input.value || "{}") || {}; } catch (e) { body = {}; }
      named(body);
      const rx = t.kind === "prescription" ? body : (body.prescriptions || [])[0];
      if (rx && rx.items) { fillFrom(rx); } else { tab("western"); }
      if (t.kind === "order_set") {
        st.dx = (body.diagnoses || []).map((d) => (typeof d === "string" ? { code: d, name: "" } : d));
        renderDx();
        const req = (body.requests || [])[0];
        if (req) {
          reqForm.elements.kind.value = req.kind || "lab";
          st.charges = (req.items || []).map((c) => (typeof c === "object" ? c : { id: c, name: "收费项目 " + c, price_fen: 0 }));
          renderCharges();
        }
      }
      changed();
      reqForm.addEventListener("submit", (ev) => { ev.preventDefault(); ev.stopImmediatePropagation(); }, true);
      reqForm.addEventListener("input", changed);
      panel.addEventListener("click", () => setTimeout(changed, 0));
    }
    if (opts.template) { startTemplate(); }

    return { open, edit, reload, tab, state: () => st };
  }

  window.huiyiRxPanel = { bind };

  // The 模板 tab's editors of 处方模板 and 医嘱套: the panel in template mode writing its body into the
  // template form's hidden field (data-body-input names it).
  document.querySelectorAll("[data-template-editor]").forEach((root) => {
    const input = document.getElementById(root.dataset.bodyInput);
    if (input) { bind(root, { template: { kind: root.dataset.templateKind, input } }); }
  });
})();
