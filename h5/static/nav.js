// Navigation and session state shared by app.js and the screens (a module of its own so
// screens can import it without importing app.js).
//
//   nav.path, nav.query          the current hash route ("#/filing?x=1" → "/filing", {x: "1"})
//   go(path) / back()            navigate ("/filing" or "#/filing"); back() leaves the app's
//                                history or returns home
//   setTitle(text)               replace the top bar's title (e.g. with a record's name)
//   session.me                   the logged-in account (GET /api/mp/v1/auth/me:
//                                {account_id, kind, physician_bound}), null when logged out
//   reloadMe()                   read it again (after binding, say), returns it
import {reactive} from 'vue';
import {api} from './api.js';

export const nav = reactive({path: '/', query: {}, title: '', depth: 0});
export const session = reactive({me: null, loading: false});

export function parseHash(hash) {
  const raw = (hash || '').replace(/^#/, '') || '/';
  const [path, qs] = raw.split('?');
  return {path: path.startsWith('/') ? path : '/' + path, query: Object.fromEntries(new URLSearchParams(qs || ''))};
}

export function go(path) {
  const target = path.startsWith('#') ? path : '#' + path;
  if (location.hash === target) return;
  nav.depth += 1;
  location.hash = target;
}

export function replace(path) {
  const target = path.startsWith('#') ? path : '#' + path;
  history.replaceState(history.state, '', location.pathname + location.search + target);
  Object.assign(nav, parseHash(target));
}

export function back() {
  if (nav.depth > 0) { nav.depth -= 1; history.back(); } else replace('/');
}

export function setTitle(text) { nav.title = text; }

export async function reloadMe() {
  session.loading = true;
  try {
    session.me = await api.get('auth/me');
    return session.me;
  } finally {
    session.loading = false;
  }
}
