/* What every patient screen shares: the calls (through the shell's api.js, which holds the
   token and turns every refusal into an ApiError with the server's message), a composable
   that runs a call and keeps that refusal for the screen's <error-banner>, and the few
   formatters and labels the screens agree on. */
import {ref} from 'vue';
import {api} from '../../api.js';

export const MP = '/api/mp/v1';
export const BFF = '/api/bff/v1';
export {api};

/** A multipart form (photos): strings and Blobs; empty values are left out. */
export function upload(path, fields) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    if (v === null || v === undefined || v === '') continue;
    if (v instanceof Blob) form.append(k, v, k + '.jpg'); else form.append(k, String(v));
  }
  return api.upload(path, form);
}

const PHOTO_SIDE = 1600; // the server reads at most this long side; a phone's photo is scaled down first

/** The picked photo as a JPEG of at most PHOTO_SIDE pixels on its long side (EXIF orientation applied);
    the file itself where the browser cannot decode it here (the server judges it either way). */
export async function scaledPhoto(file) {
  let bitmap;
  try {
    bitmap = await createImageBitmap(file, {imageOrientation: 'from-image'});
  } catch {
    return file;
  }
  const ratio = Math.min(1, PHOTO_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * ratio);
  canvas.height = Math.round(bitmap.height * ratio);
  canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return await new Promise((resolve, reject) => canvas.toBlob(
    (blob) => (blob ? resolve(blob) : reject(new Error('照片处理失败，请重试'))), 'image/jpeg', 0.9));
}

/** `busy`, `error` (the ApiError of the last refusal, or a message) and `run(fn)`, which clears
    the error, awaits fn and keeps its refusal; run answers fn's result, undefined after a refusal. */
export function useCall() {
  const busy = ref(false);
  const error = ref(null);
  async function run(fn) {
    busy.value = true;
    error.value = null;
    try {
      return await fn();
    } catch (e) {
      error.value = explain(e);
      return undefined;
    } finally {
      busy.value = false;
    }
  }
  return {busy, error, run};
}

function weixinBridge() {
  if (window.WeixinJSBridge) return Promise.resolve(window.WeixinJSBridge);
  return new Promise((resolve) => {
    const done = () => resolve(window.WeixinJSBridge || null);
    document.addEventListener('WeixinJSBridgeReady', done, {once: true});
    setTimeout(done, 3000);
  });
}

/** Pay with the parameters the server signed (its answer's `payment`): WeChat's own payment sheet
    inside WeChat (WeixinJSBridge getBrandWCPayRequest); in development, where the server names the
    offline WeChat Pay's cashier and no bridge is there, that cashier. Resolves once the payer paid;
    the server then confirms with WeChat Pay. */
export async function wechatPay(payment) {
  const params = payment.pay_params;
  const jsb = payment.cashier_url && !window.WeixinJSBridge ? null : await weixinBridge();
  if (jsb) {
    const res = await new Promise((resolve) => jsb.invoke('getBrandWCPayRequest', params, resolve));
    if (res && res.err_msg === 'get_brand_wcpay_request:ok') return;
    throw new Error(res && /cancel$/.test(res.err_msg) ? '已取消支付' : '支付未完成，请稍后重试');
  }
  if (payment.cashier_url) {
    await api.anon.post(payment.cashier_url, params);
    return;
  }
  throw new Error('请在微信中打开本页面完成支付');
}

/** The refusal as the banner shows it: the server's message, and for rejected input the
    server's reason for each field (details.errors of core.http.validate). */
function explain(e) {
  if (!e || !e.message) return '操作未成功，请稍后重试';
  const fields = (e.details && Array.isArray(e.details.errors)) ? e.details.errors : [];
  const reasons = [...new Set(fields.map((f) => f && f.message).filter(Boolean))];
  return reasons.length ? {message: `${e.message}：${reasons.join('；')}`, code: e.code} : e;
}

const CHINA = {timeZone: 'Asia/Shanghai', hour12: false};
export function when(value) {
  if (!value) return '';
  const d = new Date(value);
  if (isNaN(d)) return String(value);
  return d.toLocaleString('zh-CN', {...CHINA, year: 'numeric', month: '2-digit', day: '2-digit',
                                     hour: '2-digit', minute: '2-digit'});
}
export const yuan = (cents) => (Number(cents || 0) / 100).toFixed(2);

/** The end of a chosen day in China, as the grant form sends it. */
export const endOfDay = (isoDate) => (isoDate ? `${isoDate}T23:59:59+08:00` : null);

export const RELATIONS = ['配偶', '父母', '子女', '兄弟姐妹', '祖父母', '外祖父母', '孙子女', '亲属', '朋友', '其他'];

// What each access under a grant was, as the person concerned reads it.
const ACTIONS = {
  identity_check: '为您做了身份核验',
  record_check: '查询了您的归档病案',
  record_request: '为您提交了病案复印申请',
  record_request_view: '查看了您的病案复印申请',
  record_request_pay: '支付了您的病案复印费用',
  record_copy_link: '下载了您的病案复印件',
  archive_view: '查看了您的健康档案',
  archive_visits: '查看了您的就诊记录',
  archive_reports: '查看了您的检查报告',
  archive_prescriptions: '查看了您的处方',
  archive_vitals: '查看了您的体征数据',
  vital_record: '为您记录了体征数据',
  'appointment.book': '为您预约了门诊',
  'appointment.cancel': '取消了您的门诊预约',
  visits: '查看了您的就诊记录',
  view: '查看了您的一次就诊',
  'accompany.view': '陪诊时查看了您的就诊',
};
export const accessText = (a) => ACTIONS[a.action] || a.action;
