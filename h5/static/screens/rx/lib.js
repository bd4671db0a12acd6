/* What the prescription screens share: the API roots of the three backends (core/rx's patient JSON,
   core/pharmacy's and core/invoices'), the usage of an item in plain words, the tag colours of the
   states, and the phone number as lists show it. Labels come from the server where it sends them
   (state_label, frequency_label); the few fallbacks here only keep a screen readable. */
import {MP} from '../patient/lib.js';

export const RX = `${MP}/rx`;
export const PHARMACY = `${MP}/pharmacy`;
export const INVOICES = `${MP}/invoices`;

// core/rx/context.py FREQUENCIES, as a patient reads them.
const FREQUENCY_WORDS = {
  qd: '每日一次', bid: '每日两次', tid: '每日三次', qid: '每日四次', q8h: '每8小时一次', q12h: '每12小时一次',
  q6h: '每6小时一次', qn: '每晚睡前一次', qod: '隔日一次', qw: '每周一次', prn: '必要时服用', once: '立即一次',
};
const ROUTE_WORDS = {
  po: '口服', oral: '口服', iv: '静脉滴注', ivgtt: '静脉滴注', im: '肌内注射', sc: '皮下注射', ih: '皮下注射',
  topical: '外用', inhalation: '吸入', rectal: '直肠给药', sublingual: '舌下含服', decoction: '水煎服',
};

/** A decimal dose as people write it: "1", "0.5", never "1.000". */
export function amount(value) {
  const n = Number(value);
  return Number.isFinite(n) ? String(Math.round(n * 1000) / 1000) : String(value ?? '');
}

/** 每日三次，每次1粒，饭后 — the server's own sentence when it sends one (`usage`), else made from
    the item's frequency, dose and note. */
export function usageText(item) {
  // A frequency code left in the server's sentence ("每次 0.4mg，qd，口服") is said in words.
  if (item.usage) return item.usage.replace(/(^|，)(q\w{1,3}|bid|tid|prn|once)(?=，|$)/g, (m, sep, code) => sep + (FREQUENCY_WORDS[code] || code));
  const parts = [item.frequency_label || FREQUENCY_WORDS[item.frequency] || item.frequency];
  if (item.dose !== undefined && item.dose !== null) parts.push(`每次${amount(item.dose)}${item.dose_unit || ''}`);
  if (item.note) parts.push(item.note);
  return parts.filter(Boolean).join('，');
}

export const routeText = (item) => item.route_label || ROUTE_WORDS[item.route] || item.route || '';

export const rxStateClass = (state) => ({
  approved: 'tag-ok', pending_review: 'tag-info', appealed: 'tag-info', draft: '', rejected: 'tag-danger',
  void: '', revoked: '', expired: '',
}[state] ?? '');

export const orderStateClass = (state) => ({
  created: 'tag-warn', paid: 'tag-info', dispensed: 'tag-info', shipped: 'tag-info', delivered: 'tag-ok',
  collected: 'tag-ok', cancelled: '', returned: 'tag-danger',
}[state] ?? '');

/** 138****1234 in lists (the server masks on output already; this only covers a raw number). */
export const maskedPhone = (phone) => (/^\d{11}$/.test(phone || '') ? `${phone.slice(0, 3)}****${phone.slice(7)}` : (phone || ''));

/** China's mobile numbers, as the address form checks them before the server does. */
export const PHONE_RE = /^1[3-9]\d{9}$/;

// Steps of a prescription's and an order's timeline, for a step the server sends without its own label.
const STEP_WORDS = {
  ordered: '提交订单', order_cancelled: '取消订单', cancelled: '取消订单', paid: '支付', dispensed: '发药',
  shipped: '交付物流', delivered: '签收', collected: '取药', returned: '退药', refunded: '已退款',
};
export const stepLabel = (e) => (e.label && e.label !== e.event ? e.label : STEP_WORDS[e.event] || e.label || e.event);
