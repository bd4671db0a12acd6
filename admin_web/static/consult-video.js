/* 视频问诊 at the workstation (admin_web/pages/consult_video.py): the day's video waiting room and the call.

   The waiting room: GET /api/admin/v1/workstation/consult/video (the day's periods, each with its queue
   in order, who has not checked in, the doctor's pace), reloaded whenever `doctor:<id>` says the queue
   moved (realtime.js; polled while the socket is down). 叫下一位 (POST .../video/call-next), 呼叫 /
   再次呼叫 one patient (POST .../orders/<id>/call: a missed call is called again the same way), 拒绝
   (POST .../orders/<id>/reject with the reason, refunded by the service).

   The call: the shared video client (h5/static/shared/video-room.js, the H5 client's one copy) joins
   the room with POST /api/admin/v1/rooms/<id>/join, shows the patient and anyone invited, reports
   presence and quality; `room:<id>` says who joined, left or was removed, their quality, the end.
   Beside it: the question form (symptoms, duration, the photos the patient sent into the order's
   conversation), the history, and the record with the end of the service (consult-record.js, shared
   with 我的诊室). The order's doctor invites a colleague (邀请视频会诊), removes invited members and
   hangs up (POST .../orders/<id>/hang-up ends the video, the consultation stays open for the record).
   An invited doctor arrives at /admin/workstation/video/<room id>#invitation=<token>: accepts, then
   sees the same call with the order read-only (GET .../rooms/<room id>/order). */
import {createVideoRoom, QUALITY_LABELS} from '/h5/static/app/shared/video-room.js';

const API = '/api/admin/v1/workstation/consult';
const ROOMS = '/api/admin/v1/rooms';
const CONV = '/api/admin/v1/conversations';
const root = document.getElementById('video-desk');
const $ = (sel, el) => (el || root).querySelector(sel);
const $$ = (sel, el) => Array.from((el || root).querySelectorAll(sel));
const STATE_LABELS = {idle: '准备中', connecting: '正在接通…', live: '视频中', reconnecting: '网络变化，正在重新连接…',
                      ended: '视频已结束', removed: '您已被移出视频', left: '已离开视频', failed: '无法开始视频'};
const EVENT_LABELS = {joined: '进入了视频', left: '离开了视频', removed: '已被移出视频', accepted: '接受了邀请',
                      invited: '发出了邀请'};

function csrf() {
  try { return JSON.parse(document.body.getAttribute('hx-headers') || '{}')['X-CSRF-Token'] || ''; } catch { return ''; }
}

async function api(method, url, body) {
  const opts = {method, credentials: 'same-origin', headers: {Accept: 'application/json'}};
  if (method !== 'GET') opts.headers['X-CSRF-Token'] = csrf();
  if (body !== undefined) { opts.headers['Content-Type'] = 'application/json'; opts.body = JSON.stringify(body); }
  const r = await fetch(url, opts);
  const data = await r.json().catch(() => ({}));
  if (!r.ok) {
    const err = new Error(data.message || `请求失败（${r.status}）`);
    Object.assign(err, {code: data.code, status: r.status, details: data.details});
    throw err;
  }
  return data;
}

const text = (el, v) => { if (el) el.textContent = v == null ? '' : String(v); };
const el = (tag, attrs = {}, content = '') => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? '' : v);
  if (content) e.textContent = content;
  return e;
};
const hhmm = (iso) => (iso ? new Date(iso).toTimeString().slice(0, 5) : '');
const qualityText = (q) => (q && q.level ? `${QUALITY_LABELS[q.level]}${q.rtt_ms != null ? ` · ${q.rtt_ms}ms` : ''}${q.packet_loss_pct ? ` · 丢包${q.packet_loss_pct}%` : ''}` : '—');

function showError(err, where = '[data-error]') {
  const box = $(where);
  box.hidden = !err;
  text(box, err ? err.message || String(err) : '');
}

const doctorId = root.dataset.doctor;
const st = {desk: null, order: null, roomId: null, room: null, detail: null, guest: false, topic: null, live: false, poll: null};
const rt = window.huiyiRealtime ? window.huiyiRealtime.connect({onState: setLive}) : null;

// ------------------------------------------------------------------ the waiting room

function entryItem(e, slot) {
  const li = el('li', {class: 'desk-item vq-entry', 'data-entry': e.order_id, 'data-state': e.state});
  const head = el('div', {class: 'desk-item-head'});
  head.append(el('strong', {}, `${e.patient.name} · ${e.patient.gender || ''}${e.patient.age != null ? ` ${e.patient.age}岁` : ''}`));
  head.append(el('span', {class: 'badge', 'data-position': e.position ?? ''},
                 e.position === 0 ? '呼叫中' : e.position != null ? `第 ${e.position} 位` : e.state_label));
  li.append(head, el('p', {class: 'desk-item-symptoms'}, e.symptoms));
  const facts = [e.checked_in_at ? `${hhmm(e.checked_in_at)} 签到` : '未签到'];
  if (e.wait_minutes != null && e.position) facts.push(`预计等待 ${e.wait_minutes} 分钟`);
  if (e.missed) facts.push(`未接听 ${e.missed} 次`);
  li.append(el('p', {class: 'muted', 'data-facts': true}, facts.join(' · ')));
  const acts = el('div', {class: 'room-actions'});
  const active = st.desk && st.desk.active_order_id;
  if (e.room_id && (e.state === 'calling' || e.state === 'in_progress')) {
    acts.append(el('button', {type: 'button', class: 'primary', 'data-open-call': e.room_id}, '回到视频'));
  } else if (e.checked_in_at && e.state === 'queued') {
    acts.append(el('button', {type: 'button', class: e.missed ? 'primary' : '', 'data-call': e.order_id, disabled: !!active},
                   e.missed ? '再次呼叫' : '呼叫'));
  }
  if (e.state === 'queued') acts.append(el('button', {type: 'button', 'data-reject': e.order_id}, '拒绝'));
  li.append(acts);
  return li;
}

function renderDesk(d) {
  st.desk = d;
  text($('[data-queue-summary]'), `${d.day} · 平均每位 ${d.pace_minutes} 分钟 · 呼叫 ${d.call_seconds} 秒未接听计一次，${d.no_show_calls} 次视为爽约`);
  const box = $('[data-slots]');
  box.replaceChildren();
  if (!d.slots.length) box.append(el('p', {class: 'muted'}, '今天没有视频问诊的排班'));
  for (const s of d.slots) {
    const sec = el('section', {class: 'vq-slot', 'data-slot': `${s.day}:${s.period}`});
    const h = el('h3', {}, `${s.label}`);
    h.append(el('small', {class: 'muted'}, ` 已签到 ${s.queue.length} · 已预约 ${s.booked}${s.capacity != null ? ` / ${s.capacity}` : ''} · 已接诊 ${s.done}`));
    sec.append(h);
    const next = el('button', {type: 'button', class: 'primary', 'data-call-next': `${s.day}:${s.period}`,
                               disabled: !!d.active_order_id || !s.queue.some((e) => e.state === 'queued')}, '叫下一位');
    sec.append(next);
    const list = el('ol', {class: 'desk-list', 'data-queue': `${s.day}:${s.period}`});
    if (!s.queue.length) list.append(el('li', {class: 'muted'}, '暂无候诊患者'));
    s.queue.forEach((e) => list.append(entryItem(e, s)));
    sec.append(list);
    if (s.not_checked_in.length) {
      const late = el('details', {class: 'vq-late'});
      late.append(el('summary', {}, `未签到 ${s.not_checked_in.length}`));
      const ul = el('ul', {class: 'desk-list'});
      s.not_checked_in.forEach((e) => ul.append(entryItem(e, s)));
      late.append(ul);
      sec.append(late);
    }
    box.append(sec);
  }
}

async function loadDesk() {
  try {
    renderDesk(await api('GET', `${API}/video`));
    showError(null, '[data-queue-error]');
  } catch (err) {
    showError(err, '[data-queue-error]');
  }
}

const dialog = document.querySelector('[data-dialog]');
function askReason() {
  return new Promise((resolve) => {
    const form = dialog.querySelector('[data-dialog-form]');
    form.reset();
    dialog.onclose = () => resolve(dialog.returnValue === 'ok' ? form.elements.reason.value.trim() : null);
    dialog.showModal();
  });
}

root.addEventListener('click', async (ev) => {
  const b = ev.target.closest('[data-call], [data-call-next], [data-reject], [data-open-call]');
  if (!b) return;
  try {
    if (b.dataset.openCall) { openCall(Number(b.dataset.openCall)); return; }
    if (b.dataset.reject) {
      const reason = await askReason();
      if (!reason) return;
      await api('POST', `${API}/orders/${b.dataset.reject}/reject`, {reason});
      await loadDesk();
      return;
    }
    b.disabled = true;
    let called;
    if (b.dataset.call) called = await api('POST', `${API}/orders/${b.dataset.call}/call`);
    else {
      const [day, period] = b.dataset.callNext.split(':');
      called = await api('POST', `${API}/video/call-next`, {day, period});
    }
    await loadDesk();
    openCall(called.room_id, called.order);
  } catch (err) {
    b.disabled = false;
    showError(err, '[data-queue-error]');
  }
});

// ------------------------------------------------------------------ the call

function renderOrder(o) {
  st.order = o;
  text($('[data-title]'), `${o.patient.name}（${o.patient.gender || ''}${o.patient.age != null ? `，${o.patient.age}岁` : ''}）`);
  text($('[data-subtitle]'), `${o.number} · ${o.kind_label} · ${o.department_name}${o.slot_label ? ` · ${o.slot_label}` : ''} · ${o.state_label}`);
  text($('[data-symptoms]'), `病情描述：${o.symptoms}`);
  text($('[data-duration]'), [o.illness_duration ? `患病时长：${o.illness_duration}` : '',
                              o.visited_before === true ? '曾就诊' : o.visited_before === false ? '未曾就诊' : ''].filter(Boolean).join(' · '));
  text($('[data-history-count]'), o.history_count);
  $('[data-record-panel]').hidden = st.guest;
  $('[data-readonly]').hidden = !st.guest;
  if (!st.guest) record.fill(o);
  // The prescribing panel (consult-rx.js, shared with 我的诊室): writable while the consultation can be ended.
  if (!st.guest && rxPanel) rxPanel.open(o.id, o.can_end);
}

const rxPanel = window.huiyiRxPanel ? window.huiyiRxPanel.bind(root, {}) : null;

const record = window.huiyiRecord.bind(root, {
  api, order: () => st.order, onError: (e) => showError(e),
  onEnded: async (o) => {
    renderOrder(o);
    if (st.room && !['ended', 'removed', 'left'].includes(st.room.state)) await hangup(true);
    loadDesk();
  },
});

async function loadImages(o) {
  const box = $('[data-images]');
  box.replaceChildren();
  if (!o.conversation_id || st.guest) return;
  try {
    const page = await api('GET', `${CONV}/${o.conversation_id}/messages?limit=200`);
    for (const m of page.items.filter((x) => x.kind === 'image' && x.media)) {
      const a = el('a', {href: m.media.url, target: '_blank', rel: 'noopener'});
      const img = el('img', {src: m.media.url, alt: '患者上传的图片', loading: 'lazy', 'data-image': m.seq});
      a.append(img);
      box.append(a);
    }
  } catch { /* the photos are a help, not the call */ }
}

async function loadHistory(o) {
  const list = $('[data-history-list]');
  list.replaceChildren();
  if (!o.history_count || st.guest) return;
  try {
    const page = await api('GET', `${API}/orders/${o.id}/history`);
    for (const r of page.items) {
      list.append(el('li', {}, `${hhmm(r.finished_at)} ${r.doctor_name}（${r.department_name}）：主诉 ${r.record.chief_complaint}；诊断 ${r.record.diagnosis.join('、')}；医嘱 ${r.record.advice}`));
    }
  } catch { /* shown as a count only */ }
}

async function loadColleagues(o) {
  const select = $('[data-invite-doctor]');
  select.replaceChildren(el('option', {value: ''}, '选择医生…'));
  try {
    const page = await api('GET', `${API}/orders/${o.id}/colleagues`);
    for (const d of page.items) select.append(el('option', {value: d.id}, `${d.name} · ${d.title_label} · ${d.department_name}`));
  } catch { $('[data-invite-panel]').hidden = true; }
}

function note(data) {
  const label = EVENT_LABELS[data.kind] || (data.kind === 'ended' ? '视频已结束' : '');
  if (!label) return;
  const li = el('li', {}, `${hhmm(new Date().toISOString())} ${data.kind === 'ended' ? '' : data.display || data.role || ''}${label}`);
  $('[data-room-events]').append(li);
}

async function loadDetail() {
  st.detail = await api('GET', `${ROOMS}/${st.roomId}`);
  renderPeers();
}

function renderPeers() {
  const r = st.room;
  const mine = r && r.creds ? r.creds.participant_id : null;
  const ul = $('[data-peers]');
  ul.replaceChildren();
  for (const p of (st.detail ? st.detail.participants : []).filter((x) => x.id !== mine)) {
    const peer = r ? r.peers.get(p.id) : null;
    const li = el('li', {'data-peer': p.id, 'data-role': p.role});
    li.append(el('span', {}, `${p.display}（${p.role_label}）：`), el('span', {'data-peer-quality': true}, qualityText(peer && peer.quality)));
    li.append(el('span', {class: 'badge', 'data-present': p.present ? 1 : 0}, p.state === 'removed' ? '已移出' : p.present ? '在视频中' : '未进入'));
    if (r && r.creds && r.creds.role === 'doctor' && ['relative', 'guest_doctor', 'observer'].includes(p.role) && p.state !== 'removed') {
      li.append(el('button', {type: 'button', class: 'link', 'data-remove': p.id}, '移出'));
    }
    ul.append(li);
  }
}

function renderMedia(r) {
  text($('[data-call-state]'), STATE_LABELS[r.state] || r.state);
  $('[data-call-state]').dataset.state = r.state;
  $('[data-call-state]').dataset.reconnects = r.reconnects;
  const local = $('[data-local-video]');
  if (local.srcObject !== r.local) local.srcObject = r.local;
  const stage = $('[data-stage]');
  const feeds = new Set();
  for (const x of r.remotes.values()) {
    feeds.add(String(x.feed));
    let tile = stage.querySelector(`[data-feed="${x.feed}"]`);
    if (!tile) {
      tile = el('div', {class: 'call-tile', 'data-remote': true, 'data-feed': x.feed});
      const v = el('video', {autoplay: true, playsinline: true, 'data-remote-video': true});
      tile.append(v, el('span', {class: 'call-name'}, x.display || ''));
      stage.insertBefore(tile, stage.querySelector('.call-self'));
    }
    const v = tile.querySelector('video');
    if (v.srcObject !== x.stream) { v.srcObject = x.stream; v.play().catch(() => {}); }
  }
  $$('[data-remote]', stage).forEach((t) => { if (!feeds.has(t.dataset.feed)) t.remove(); });
  $('[data-waiting-peer]').hidden = feeds.size > 0 || ['ended', 'removed', 'left'].includes(r.state);
  text($('[data-my-quality]'), qualityText(r.quality));
  $('[data-my-quality]').dataset.level = r.quality ? r.quality.level : '';
  $('[data-mic]').textContent = r.micOn ? '静音' : '取消静音';
  $('[data-camera]').textContent = r.cameraOn ? '关闭摄像头' : '打开摄像头';
  const over = ['ended', 'removed', 'left', 'failed'].includes(r.state);
  $('.call-controls').hidden = over;
  $('[data-invite-panel]').hidden = over || !r.creds || r.creds.role !== 'doctor';
  renderPeers();
  if (over && st.topic && rt) { rt.unfollow(st.topic); st.topic = null; }
}

async function openCall(roomId, order) {
  if (st.room && st.roomId === roomId && !['ended', 'removed', 'left', 'failed'].includes(st.room.state)) {
    $('[data-call]').hidden = false;
    return;
  }
  if (st.room) await st.room.hangup();
  st.roomId = roomId;
  st.order = null;
  $('[data-call]').hidden = false;
  root.classList.add('room-open');
  $('[data-room-events]').replaceChildren();
  if (location.pathname !== `/admin/workstation/video/${roomId}`) history.replaceState(null, '', `/admin/workstation/video/${roomId}`);
  showError(null);
  try {
    const invitation = new URLSearchParams(location.hash.slice(1)).get('invitation');
    if (invitation) {
      if (!(await takeInvitation(invitation))) return;
      history.replaceState(null, '', location.pathname);  // the single-use token leaves the address
    }
    await loadDetail();
    if (rt) {
      st.topic = `room:${roomId}`;
      rt.follow(st.topic, {onNotice: (frame) => {
        const data = frame.data || {};
        if (st.room) st.room.roomEvent(data);
        note(data);
        if (['joined', 'left', 'removed', 'accepted'].includes(data.kind)) {
          loadDetail().catch(() => {});
          refreshOrder();
        }
      }});
    }
    st.room = createVideoRoom({roomId, request: (m, p, b) => api(m, ROOMS + p, b), onChange: renderMedia});
    await st.room.start();
    if (st.room.state === 'failed' || !st.room.creds) { showError(st.room.error); return; }
    st.guest = st.room.creds.role !== 'doctor';
    const o = order || (st.guest ? await api('GET', `${API}/rooms/${roomId}/order`)
      : await api('GET', `${API}/orders/${st.detail.subject_id}`));
    renderOrder(o);
    loadImages(o);
    loadHistory(o);
    if (!st.guest) loadColleagues(o);
  } catch (err) {
    showError(err);
  }
}

async function takeInvitation(token) {
  const box = $('[data-invitation]');
  const preview = await api('POST', `${ROOMS}/invitations/preview`, {token});
  box.hidden = false;
  text($('[data-invitation-text]'), preview.valid ? `${preview.inviter} 邀请您参加视频会诊` : '邀请已失效（已使用、已过期或已撤销）');
  $('[data-accept-invitation]').hidden = !preview.valid;
  if (!preview.valid) return false;
  await new Promise((resolve) => { $('[data-accept-invitation]').onclick = resolve; });
  await api('POST', `${ROOMS}/invitations/accept`, {token});
  box.hidden = true;
  return true;
}

async function hangup(quiet) {
  const r = st.room;
  if (!r) return;
  try {
    if (r.creds && r.creds.role === 'doctor' && st.order && st.order.state && !quiet) {
      // The video ends for everyone; the consultation stays open for the record and the end of service.
      renderOrder(await api('POST', `${API}/orders/${st.order.id}/hang-up`));
    }
  } catch (err) {
    showError(err);
  }
  await r.hangup();
  loadDesk();
}

$('[data-mic]').addEventListener('click', () => st.room && st.room.setMic(!st.room.micOn));
$('[data-camera]').addEventListener('click', () => st.room && st.room.setCamera(!st.room.cameraOn));
$('[data-hangup]').addEventListener('click', () => hangup(false));
$('[data-back]').addEventListener('click', () => {
  $('[data-call]').hidden = true;
  $('[data-queue-panel]').hidden = false;
  root.classList.remove('room-open');
  loadDesk();
});
$('[data-invite]').addEventListener('click', async () => {
  const doctor = Number($('[data-invite-doctor]').value);
  if (!doctor) return;
  try {
    const inv = await api('POST', `${ROOMS}/${st.roomId}/invitations`, {role: 'guest_doctor', doctor_id: doctor});
    text($('[data-invite-link]'), `已邀请。会诊医生在工作站打开：${location.origin}${inv.link}`);
  } catch (err) { showError(err); }
});
$('[data-peers]').addEventListener('click', async (ev) => {
  const b = ev.target.closest('[data-remove]');
  if (!b) return;
  try {
    st.detail = await api('DELETE', `${ROOMS}/${st.roomId}/participants/${b.dataset.remove}`);
    renderPeers();
  } catch (err) { showError(err); }
});

// ------------------------------------------------------------------ live, or polling

function setLive(state) {
  st.live = state === 'live';
  text($('[data-live-state]'), {live: '实时', connecting: '连接中…', down: '连接中断，定时刷新', ended: '已离线'}[state] || state);
  clearInterval(st.poll);
  if (!st.live) st.poll = setInterval(loadDesk, 5000);
}

async function refreshOrder() {
  if (!st.order) return;
  try {
    renderOrder(st.guest ? await api('GET', `${API}/rooms/${st.roomId}/order`) : await api('GET', `${API}/orders/${st.order.id}`));
  } catch { /* shown as it was; the next change tries again */ }
}

if (rt) {
  // The queue moved, or the order in the call did (answered, missed, ended): what the doctor sees follows.
  rt.follow(`doctor:${doctorId}`, {onNotice: () => { loadDesk(); refreshOrder(); }});
} else {
  setLive('down');
}
loadDesk();
if (root.dataset.room) {
  $('[data-queue-panel]').hidden = false;
  openCall(Number(root.dataset.room));
}
