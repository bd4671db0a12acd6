// Small helpers of the exam area: the phone's device id, the query of the hash route,
// labels and time formats shown on several exam and practice screens.

const DEVICE_KEY = 'huiyi.h5.device';

// A random id for this browser, kept across reloads: the server gives the exam to one device
// at a time and refuses saves from a replaced one.
export function deviceId() {
  let id = localStorage.getItem(DEVICE_KEY);
  if (!id || !/^[A-Za-z0-9_-]{8,64}$/.test(id)) {
    const bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    id = 'h5-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    localStorage.setItem(DEVICE_KEY, id);
  }
  return id;
}

// A path with the given query parameters, leaving out the empty ones.
export function withQuery(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export const QTYPE_LABELS = {
  A1: '单选题', A2: '单选题', X: '多选题', A3: '病例组题', A4: '病例组题', B1: '共用选项题',
};

export function isMulti(qtype) {
  return qtype === 'X';
}

export function clock(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n) => String(n).padStart(2, '0');
  return (h ? pad(h) + ':' : '') + pad(m) + ':' + pad(s % 60);
}

export function when(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function percent(rate) {
  return `${Math.round((rate || 0) * 1000) / 10}%`;
}

// Loads this area's style sheet once (the page's CSP allows our own style files).
export function useStyles() {
  if (document.querySelector('link[data-area="exam"]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('./exam.css', import.meta.url).href;
  link.dataset.area = 'exam';
  document.head.appendChild(link);
}
