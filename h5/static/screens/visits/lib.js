/* What the visit assistant's and the accompaniment's screens share: the service's addresses
   (core/visits and core/accompany, under /api/mp/v1), the labels of steps and their states, the
   live follow of a visit's topic `visit:<id>` (realtime.js) that reloads over HTTP after each
   notice, and small formatters. The steps themselves are drawn by steps.js. */
import {follow} from '../../realtime.js';

export const VISITS = '/api/mp/v1/visits';
export const ACCOMPANY = '/api/mp/v1/accompany';

export const STEP_STATES = {
  pending: '未开始', active: '进行中', waiting: '待处理', done: '已完成', skipped: '已跳过', cancelled: '已取消',
};
export const STEP_STATE_TAGS = {active: 'tag-info', waiting: 'tag-warn', done: 'tag-ok', cancelled: 'tag-danger'};
export const VISIT_STATES = {open: '就诊中', ended: '已结束', cancelled: '已取消'};
export const ACTION_LABELS = {checkin: '签到', cancel: '取消预约'};
export const ACTION_CONFIRMS = {checkin: '确认已到达诊区并签到吗？', cancel: '确定取消本次预约吗？取消后号源将释放。'};
export const REPORT_STATES = {pending: '未出报告', ready: '报告已出', done: '报告已出', none: '无报告'};

const POLL_MS = 15000; // reading over HTTP while the realtime socket is down

export const yuan = (fen) => (Number(fen || 0) / 100).toFixed(2);

/** A date (YYYY-MM-DD or a datetime) as a Chinese day. */
export function day(value) {
  if (!value) return '';
  const text = String(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (text.length <= 10 && m) return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
  const d = new Date(text);
  if (isNaN(d)) return text;
  return d.toLocaleString('zh-CN', {timeZone: 'Asia/Shanghai', hour12: false, year: 'numeric', month: '2-digit',
                                    day: '2-digit', hour: '2-digit', minute: '2-digit'});
}

/** Only links the page may open: this client's routes and http(s) addresses (a questionnaire). */
export function safeLink(url) {
  if (!url) return '';
  const text = String(url);
  return /^(https?:\/\/|#\/|\/)/i.test(text) ? text : '';
}

/**
 * Follow topics live and call `reload()` (debounced) after every notice or item, and when the socket
 * comes back after being down (what was missed meanwhile). `onLost(topic, reason)` hears a topic the
 * server refused or closed (a companion removed, a grant revoked); `onState` the connection state
 * ("connecting" / "live" / "down"; while down the page reloads every 15 s). Answers {stop}.
 */
export function followLive(topics, {reload, onLost = () => {}, onState = () => {}}) {
  let timer = null;
  let poll = null;
  let wasDown = false;
  const soon = () => { clearTimeout(timer); timer = setTimeout(() => { reload(); }, 120); };
  const live = follow(topics, {
    onNotice: soon,
    onItem: soon,
    onState: (s) => {
      onState(s);
      if (s === 'down') {
        wasDown = true;
        // While the socket is down the page reads over HTTP now and then.
        if (!poll) poll = setInterval(() => { reload(); }, POLL_MS);
      }
      if (s === 'live') {
        clearInterval(poll);
        poll = null;
        if (wasDown) { wasDown = false; soon(); }
      }
    },
    onClosed: (topic, reason) => onLost(topic, reason),
  });
  return {stop() { clearTimeout(timer); clearInterval(poll); live.stop(); }};
}

/** The visit's headline: department, doctor, day. */
export function visitLine(v) {
  if (!v) return '';
  return [v.department, v.doctor, day(v.visit_date || v.date)].filter(Boolean).join(' · ');
}
