// The H5 client (/h5/): one page, Vue 3 from npm (no build step), a hash router.
//
// Contract for screen areas (each area is one ES module, owned by one team, so no two teams
// edit the same file):
//   h5/static/screens/physician/index.js   bind, filing, exam home       (#/physician...)
//   h5/static/screens/exam/index.js        consent, face, exam, practice, results, FAQ
//                                          (#/exam, #/practice, #/results, #/faq)
//   h5/static/screens/patient/index.js     identity, family, grants, records, messages
//   h5/static/screens/consult/index.js     doctor search, doctor pages, follows, consent, orders,
//                                          payment, chat, records, rating (#/consult...)
//   h5/static/screens/visits/index.js      visit assistant: my visits, a visit's steps, to-dos (#/visits...)
//   h5/static/screens/accompany/index.js   cloud accompaniment: entries, invitation, homes (#/accompany...)
//   h5/static/screens/rx/index.js          prescriptions, buying medicines, orders, addresses, invoices (#/rx...)
// Each exports
//   routes: [{path, component, title, public?}]  path like "/filing" or "/exam/session/:id";
//           the component receives props {params, query, me}; `public: true` routes need no
//           login (all others do)
//   tiles:  [{label, path, icon?, show(me)}]     home-screen tiles; path is a hash route
//           ("#/filing"); show(me) decides from GET /api/mp/v1/auth/me
//           ({account_id, kind, physician_bound}) whether the tile appears
//           badge(), optional: a Promise of a count the tile shows (e.g. unread messages)
// Screens talk to the service only through api.js (api.get/post/put/del/upload, errors as
// ApiError with the server's message), show errors with ui.js (<error-banner>, showError),
// and navigate with nav.js (go, back, setTitle, session.me, reloadMe).
import {createApp, computed, onMounted, reactive, ref} from 'vue';
import {api, ApiError, loggedIn, logout, onLoggedOut, webLogin} from './api.js';
import ui, {UiHost, showError} from './ui.js';
import {back, go, nav, parseHash, reloadMe, replace, session} from './nav.js';
import * as physician from './screens/physician/index.js';
import * as exam from './screens/exam/index.js';
import * as patient from './screens/patient/index.js';
import * as consult from './screens/consult/index.js';
import * as visits from './screens/visits/index.js';
import * as accompany from './screens/accompany/index.js';
import * as rx from './screens/rx/index.js';

const CONFIG = JSON.parse(document.getElementById('h5-config').textContent);
const OAUTH_STATE = 'huiyi.h5.oauth_state';
const OAUTH_RETURN = 'huiyi.h5.oauth_return'; // the hash route to come back to (WeChat drops fragments)
const AREAS = [physician, exam, patient, consult, visits, accompany, rx];

// ------------------------------------------------------------------ login

const PersonaPicker = {
  setup() {
    const personas = ref([]);
    const error = ref(null);
    const busy = ref(false);
    const openid = ref('');
    const unionid = ref('');
    onMounted(async () => {
      try { personas.value = (await api.anon.get('/dev/h5/personas')).items; } catch (e) { error.value = e; }
    });
    async function login(oid, uid) {
      busy.value = true;
      error.value = null;
      try {
        const {code} = await api.anon.post('/dev/wechat/codes', uid ? {openid: oid, unionid: uid} : {openid: oid});
        await webLogin(code);
        await reloadMe();
        // Stay on the route that was opened (an invitation link, a message's screen).
      } catch (e) {
        error.value = e;
      } finally {
        busy.value = false;
      }
    }
    return {personas, error, busy, openid, unionid, login};
  },
  template: `
    <div class="page login">
      <h1 class="login-title">惠医 · 开发环境登录</h1>
      <p class="muted">选择一个演示身份，通过离线微信授权登录。</p>
      <error-banner :error="error"></error-banner>
      <loading-state v-if="!personas.length && !error"></loading-state>
      <div class="persona-list">
        <button v-for="p in personas" :key="p.key" class="persona" :data-persona="p.key" :disabled="busy"
                @click="login(p.openid, p.unionid)">
          <span class="persona-label">{{ p.label }}</span>
          <span class="persona-desc">{{ p.description }}</span>
        </button>
      </div>
      <form class="card" @submit.prevent="openid.trim() && login(openid.trim(), unionid.trim())">
        <div class="card-title">其他微信身份</div>
        <form-field label="openid"><input id="f-openid" v-model="openid" maxlength="64" autocomplete="off" required></form-field>
        <form-field label="unionid（可选）"><input id="f-unionid" v-model="unionid" maxlength="64" autocomplete="off"></form-field>
        <button class="btn btn-primary btn-block" type="submit" :disabled="busy || !openid.trim()">登录</button>
      </form>
    </div>`,
};

function authorizeUrl() {
  const state = Math.random().toString(36).slice(2, 12);
  sessionStorage.setItem(OAUTH_STATE, state);
  sessionStorage.setItem(OAUTH_RETURN, location.hash);
  const redirect = location.origin + location.pathname;
  return `${CONFIG.authorize_url}?appid=${encodeURIComponent(CONFIG.appid)}&redirect_uri=${encodeURIComponent(redirect)}`
    + `&response_type=code&scope=${CONFIG.scope}&state=${state}#wechat_redirect`;
}

const WeChatLogin = {
  props: {error: Object},
  setup() { return {start: () => { location.href = authorizeUrl(); }}; },
  template: `
    <div class="page login">
      <h1 class="login-title">惠医</h1>
      <p class="muted">请使用微信授权登录，登录后即可使用医师考核、病案复印、家庭健康等服务。</p>
      <error-banner :error="error"></error-banner>
      <button class="btn btn-primary btn-block" @click="start">微信授权登录</button>
    </div>`,
};

// ------------------------------------------------------------------ home

const Home = {
  props: {me: Object},
  setup(props) {
    const tiles = computed(() => AREAS.flatMap((a) => a.tiles || []).filter((t) => {
      try { return !t.show || t.show(props.me || {}); } catch { return false; }
    }));
    // A tile may carry `badge()`, a count to show on it (unread messages, say); a failure shows none.
    const badges = reactive({});
    onMounted(() => {
      for (const t of tiles.value) {
        if (t.badge) Promise.resolve().then(t.badge).then((n) => { badges[t.path] = n; }).catch(() => {});
      }
    });
    async function signOut() { logout(null); }
    return {tiles, badges, signOut};
  },
  template: `
    <div class="page home">
      <div class="home-head">
        <div class="home-hello">您好</div>
        <div class="muted">{{ me && me.physician_bound ? '已绑定医师身份' : '微信用户' }}</div>
      </div>
      <div class="tiles">
        <a v-for="t in tiles" :key="t.path" class="tile" :href="t.path">
          <span class="tile-icon" aria-hidden="true">{{ t.icon || '•' }}</span>
          <span class="tile-label">{{ t.label }}</span>
          <span v-if="badges[t.path]" class="badge tile-badge" data-badge>{{ badges[t.path] }}</span>
        </a>
      </div>
      <empty-state v-if="!tiles.length" text="暂无可用服务"></empty-state>
      <button class="btn btn-block btn-plain" @click="signOut">退出登录</button>
    </div>`,
};

const NotFound = {template: `<div class="page"><empty-state text="页面不存在"></empty-state><a class="btn btn-block" href="#/">返回首页</a></div>`};

// ------------------------------------------------------------------ router

function compile(path) {
  const names = [];
  const re = new RegExp('^' + path.replace(/:([A-Za-z_]\w*)/g, (_, n) => { names.push(n); return '([^/]+)'; }) + '/?$');
  return {re, names};
}

const ROUTES = [
  {path: '/', component: Home, title: '惠医'},
  ...AREAS.flatMap((a) => a.routes || []),
].map((r) => ({...r, ...compile(r.path)}));

function match(path) {
  for (const r of ROUTES) {
    const m = r.re.exec(path);
    if (m) return {route: r, params: Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]))};
  }
  return {route: {component: NotFound, title: '页面不存在'}, params: {}};
}

const App = {
  components: {UiHost, PersonaPicker, WeChatLogin},
  setup() {
    const loginError = ref(null);
    const booting = ref(true);
    const current = computed(() => match(nav.path));
    const title = computed(() => nav.title || current.value.route.title || '惠医');
    const needsLogin = computed(() => !current.value.route.public && !session.me);
    const viewKey = computed(() => nav.path + '?' + new URLSearchParams(nav.query).toString());
    return {nav, session, current, title, needsLogin, loginError, booting, back, viewKey, dev: CONFIG.dev_login};
  },
  template: `
    <header class="topbar">
      <button v-if="nav.path !== '/' && !needsLogin" class="topbar-back" aria-label="返回" @click="back">‹</button>
      <h1 class="topbar-title">{{ needsLogin ? '登录' : title }}</h1>
    </header>
    <main class="content">
      <loading-state v-if="booting"></loading-state>
      <template v-else-if="needsLogin">
        <persona-picker v-if="dev"></persona-picker>
        <we-chat-login v-else :error="loginError"></we-chat-login>
      </template>
      <component v-else :is="current.route.component" :key="viewKey" :params="current.params"
                 :query="nav.query" :me="session.me"></component>
    </main>
    <ui-host></ui-host>`,
};

// ------------------------------------------------------------------ start

const app = createApp(App);
app.use(ui);
app.config.errorHandler = (err) => { showError(err instanceof ApiError ? err : '页面出错，请返回重试'); console.error(err); };
const vm = app.mount('#app');

function onRoute() {
  Object.assign(nav, parseHash(location.hash));
  nav.title = '';
  window.scrollTo(0, 0);
}
window.addEventListener('hashchange', onRoute);
onRoute();

onLoggedOut((reason) => {
  session.me = null;
  vm.loginError = reason || null;
  if (reason) showError(reason);
  replace('/');
});

async function boot() {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  try {
    if (code) {
      // Back from WeChat's authorisation: the code works once, so drop it from the address first.
      const state = params.get('state');
      const expected = sessionStorage.getItem(OAUTH_STATE);
      sessionStorage.removeItem(OAUTH_STATE);
      const back = sessionStorage.getItem(OAUTH_RETURN) || location.hash;
      sessionStorage.removeItem(OAUTH_RETURN);
      history.replaceState(null, '', location.pathname + back);
      onRoute();
      if (expected && state !== expected) throw new ApiError({status: 400, code: 'auth.state_mismatch', message: '授权已失效，请重新登录'});
      await webLogin(code);
    }
    if (loggedIn()) await reloadMe();
  } catch (err) {
    vm.loginError = err;
    if (!(err instanceof ApiError) || err.status !== 401) showError(err);
  } finally {
    vm.booting = false;
  }
  if (!session.me && !CONFIG.dev_login && !code && /MicroMessenger/i.test(navigator.userAgent)) {
    location.href = authorizeUrl(); // inside WeChat: authorise at once, as official-account pages do
  }
}
boot();

export {go};
