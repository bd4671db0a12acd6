/* The consultation record and the end of the service, as the doctor writes them: one piece shared by
   我的诊室 (consult-desk.js) and the video consultation (consult-video.js), over the same markup
   (templates/admin/workstation/_record.html) and the same API (/api/admin/v1/workstation/consult:
   PUT /orders/<id>/record, POST /orders/<id>/end).

     var rec = window.huiyiRecord.bind(rootEl, {api: fn(method, url, body), order: fn() -> order,
                                                onError: fn(err), onEnded: fn(order)});
     rec.fill(order);            // the saved record into the form; writable while order.can_end
     rec.applyTemplate(t);       // a record or diagnosis template of the doctor's (GET /workstation/templates)
*/
(function () {
  "use strict";

  var API = "/api/admin/v1/workstation/consult";

  function time(iso) {
    if (!iso) { return ""; }
    var d = new Date(iso);
    var p = function (n) { return (n < 10 ? "0" : "") + n; };
    return p(d.getMonth() + 1) + "-" + p(d.getDate()) + " " + p(d.getHours()) + ":" + p(d.getMinutes());
  }

  function bind(root, opts) {
    var form = root.querySelector("[data-record-form]");
    var endForm = root.querySelector("[data-end-form]");
    var note = root.querySelector("[data-record-note]");

    function fill(o) {
      var rec = o.record || {};
      ["chief_complaint", "present_history", "past_history", "advice"].forEach(function (k) {
        if (document.activeElement !== form.elements[k]) { form.elements[k].value = rec[k] || ""; }
      });
      if (document.activeElement !== form.elements.diagnosis) { form.elements.diagnosis.value = (rec.diagnosis || []).join("\n"); }
      Array.prototype.forEach.call(form.querySelectorAll("input, textarea, button"), function (el) { el.disabled = !o.can_end; });
      if (endForm) { endForm.hidden = !o.can_end; }
    }

    function applyTemplate(t) {
      var f = form.elements;
      function put(name, value) { if (value && !f[name].value) { f[name].value = value; } }
      if (t && t.kind === "diagnosis") {
        f.diagnosis.value = (f.diagnosis.value ? f.diagnosis.value + "\n" : "") + (t.items || []).join("\n");
      } else if (t && t.record) {
        put("chief_complaint", t.record.chief_complaint);
        put("present_history", t.record.present_illness);
        put("past_history", t.record.past_history);
        put("diagnosis", t.record.diagnosis);
        put("advice", t.record.advice);
      }
    }

    function save() {
      var f = form.elements;
      var body = { chief_complaint: f.chief_complaint.value.trim(), present_history: f.present_history.value.trim(),
                   past_history: f.past_history.value.trim(), advice: f.advice.value.trim(),
                   diagnosis: f.diagnosis.value.split(/\n|；|;/).map(function (s) { return s.trim(); }).filter(Boolean) };
      opts.onError(null);
      return opts.api("PUT", API + "/orders/" + opts.order().id + "/record", body).then(function (r) {
        if (note) { note.textContent = "已保存 " + time(r.updated_at); }
        return r;
      });
    }

    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      save().catch(opts.onError);
    });
    if (endForm) {
      endForm.addEventListener("submit", function (ev) {
        ev.preventDefault();
        var summary = endForm.elements.summary.value.trim();
        // The record as typed is saved first; a record the server refuses stops the end.
        save().then(function () {
          return opts.api("POST", API + "/orders/" + opts.order().id + "/end", { summary: summary });
        }).then(function (o) {
          endForm.reset();
          opts.onEnded(o);
        }).catch(opts.onError);
      });
    }
    return { fill: fill, applyTemplate: applyTemplate, save: save };
  }

  window.huiyiRecord = { bind: bind };
})();
