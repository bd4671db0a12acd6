/* 医生搜索, 医生介绍, 关注/曾就诊医生: the home (search box, departments by hospital, my followed and
   recent doctors), the search results page by page, and the doctor page with follow, services
   and prices, the month's schedule and the way to the informed consent. What the screens show
   is what the server answers (/api/bff/v1/consult, /api/mp/v1/doctors); every refusal is its
   message. */
import {ref, computed, onMounted} from 'vue';
import {showToast} from '../../ui.js';
import {go, setTitle} from '../../nav.js';
import {MP, BFF, api, useCall, when, yuan} from '../patient/lib.js';

const PAGE_SIZE = 20;

/** "YYYY-MM" of a Date in China, and the month `by` months away. */
function monthOf(date) {
  return new Date(date.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 7);
}
function shift(month, by) {
  const [y, m] = month.split('-').map(Number);
  const n = y * 12 + (m - 1) + by;
  return `${Math.floor(n / 12)}-${String(n % 12 + 1).padStart(2, '0')}`;
}
const WEEKDAYS = '日一二三四五六';
const weekday = (iso) => '周' + WEEKDAYS[new Date(iso + 'T00:00:00Z').getUTCDay()];
const rating = (r) => (r && r.count ? `${r.average} 分 · ${r.count} 条评价` : '暂无评价');

// One doctor in a list: photo, name, title, where, 擅长, prices.
const DoctorCard = {
  name: 'DoctorCard',
  props: {d: Object, extra: String},
  setup() { return {yuan, rating}; },
  template: `
  <a class="doctor-card" :href="'#/consult/doctors/' + d.id" :data-doctor="d.id">
    <img v-if="d.photo_url" class="doctor-avatar" :src="d.photo_url" :alt="d.name">
    <span v-else class="doctor-avatar no-photo" aria-hidden="true">{{ d.name.slice(0, 1) }}</span>
    <span class="doctor-main">
      <span class="doctor-name">{{ d.name }} <span class="tag tag-info">{{ d.title_label }}</span></span>
      <span class="doctor-where" v-if="d.sites.length">{{ d.sites[0].institution_name }} · {{ d.sites[0].department_name }}</span>
      <span class="doctor-good" v-if="d.specialties">擅长：{{ d.specialties }}</span>
      <span class="doctor-meta">{{ rating(d.rating) }} · 问诊 {{ d.consultations }} 人次</span>
      <span class="doctor-prices">
        <span v-for="s in d.services" :key="s.kind" class="price">{{ s.label }} ¥{{ yuan(s.price_fen) }}</span>
        <span v-if="!d.services.length" class="muted">暂未开通问诊服务</span>
      </span>
      <span v-if="extra" class="muted">{{ extra }}</span>
    </span>
  </a>`,
};

export const ConsultHome = {
  name: 'ConsultHome',
  components: {DoctorCard},
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const home = ref(null);
    const q = ref((props.query && props.query.q) || '');
    const department = ref(Number(props.query && props.query.department_id) || null);
    const results = ref(null);
    const page = ref(1);
    const {busy, error, run} = useCall();
    const searching = computed(() => results.value !== null);
    const hospitals = computed(() => {
      const out = [];
      for (const d of (home.value && home.value.departments) || []) {
        let h = out.find((x) => x.id === d.institution_id);
        if (!h) out.push(h = {id: d.institution_id, name: d.institution_name, departments: []});
        h.departments.push(d);
      }
      return out;
    });
    const chosen = computed(() => ((home.value && home.value.departments) || []).find((d) => d.id === department.value));

    async function search(more = false) {
      await run(async () => {
        page.value = more ? page.value + 1 : 1;
        const params = new URLSearchParams({page: page.value, page_size: PAGE_SIZE});
        if (q.value.trim()) params.set('q', q.value.trim());
        if (department.value) params.set('department_id', department.value);
        const found = await api.get(`${MP}/doctors?${params}`);
        results.value = more ? {...found, items: results.value.items.concat(found.items)} : found;
      });
    }
    function pick(d) {
      department.value = department.value === d.id ? null : d.id;
      if (department.value || q.value.trim()) search(); else results.value = null;
    }
    function clear() {
      q.value = '';
      department.value = null;
      results.value = null;
    }
    onMounted(async () => {
      await run(async () => { home.value = await api.get(`${BFF}/consult/home`); });
      if (q.value.trim() || department.value) await search();
    });
    return {home, q, department, results, busy, error, searching, hospitals, chosen, search, pick, clear, when};
  },
  template: `
  <div class="page consult">
    <form class="search-bar" role="search" @submit.prevent="search()">
      <input v-model="q" type="search" maxlength="32" placeholder="搜索医生姓名、擅长或科室" aria-label="搜索医生" data-doctor-q>
      <button class="btn btn-primary" type="submit" :disabled="busy" data-search>搜索</button>
    </form>
    <error-banner :error="error"></error-banner>
    <loading-state v-if="!home && !error"></loading-state>
    <template v-if="home">
      <section v-for="h in hospitals" :key="h.id" class="card" :data-hospital="h.id">
        <div class="card-title">{{ h.name }}</div>
        <div class="chips">
          <button v-for="d in h.departments" :key="d.id" type="button" class="chip" :class="{on: department === d.id}"
                  :data-department="d.id" @click="pick(d)">{{ d.name }} <small>{{ d.doctors }}</small></button>
        </div>
      </section>
      <empty-state v-if="!hospitals.length" text="暂无可以问诊的科室"></empty-state>
    </template>
    <div class="card msg-bar" data-my-links>
      <a class="btn btn-plain" href="#/consult/orders" data-my-orders>我的问诊</a>
      <a class="btn btn-plain" href="#/consult/records">诊疗记录</a>
    </div>
    <section v-if="searching" class="results" data-results>
      <div class="msg-bar">
        <span class="muted">{{ chosen ? chosen.institution_name + ' · ' + chosen.name + ' · ' : '' }}共 {{ results.total }} 位医生</span>
        <button class="btn btn-plain" type="button" @click="clear">清除</button>
      </div>
      <empty-state v-if="!results.items.length" text="没有找到符合条件的医生"></empty-state>
      <doctor-card v-for="d in results.items" :key="d.id" :d="d"></doctor-card>
      <button v-if="results.items.length < results.total" class="btn btn-block" type="button" :disabled="busy"
              @click="search(true)" data-more>加载更多</button>
    </section>
    <template v-else-if="home">
      <section class="doctor-group" data-followed>
        <h2 class="group-title">我关注的医生</h2>
        <empty-state v-if="!home.followed.length" text="还没有关注医生"></empty-state>
        <doctor-card v-for="d in home.followed" :key="d.id" :d="d"></doctor-card>
      </section>
      <section class="doctor-group" data-recent>
        <h2 class="group-title">最近问诊的医生</h2>
        <empty-state v-if="!home.recent.length" text="还没有问诊记录"></empty-state>
        <doctor-card v-for="d in home.recent" :key="d.id" :d="d" :extra="'最近问诊 ' + when(d.last_at)"></doctor-card>
      </section>
    </template>
  </div>`,
};

export const DoctorScreen = {
  name: 'DoctorScreen',
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const screen = ref(null);
    const month = ref((props.query && props.query.month) || monthOf(new Date()));
    const {busy, error, run} = useCall();
    const doctor = computed(() => screen.value && screen.value.doctor);
    const days = computed(() => {
      const out = [];
      for (const s of (screen.value && screen.value.schedule.slots) || []) {
        let day = out.find((x) => x.day === s.day);
        if (!day) out.push(day = {day: s.day, slots: []});
        day.slots.push(s);
      }
      return out;
    });

    async function load() {
      await run(async () => {
        screen.value = await api.get(`${BFF}/consult/doctors/${props.params.id}?month=${month.value}`);
        setTitle(screen.value.doctor.name);
      });
    }
    async function toggleFollow() {
      const following = doctor.value.following;
      const answer = await run(() => (following ? api.del : api.post)(`${MP}/doctors/${doctor.value.id}/follow`));
      if (answer) {
        Object.assign(screen.value.doctor, {following: answer.following, followers: answer.followers});
        showToast(answer.following ? '已关注' : '已取消关注');
      }
    }
    function turn(by) {
      month.value = shift(month.value, by);
      load();
    }
    function consult(service) {
      if (service.kind !== 'text' && service.kind !== 'video') {
        showToast(`${service.label}即将开放`);
        return;
      }
      // The informed consent first (then on to the form); the form itself asks the server again.
      go(screen.value.consent_required ? `/consult/consent?doctor=${doctor.value.id}&next=order&kind=${service.kind}`
        : `/consult/order?doctor=${doctor.value.id}&kind=${service.kind}`);
    }
    onMounted(load);
    return {screen, doctor, month, days, busy, error, toggleFollow, turn, consult, yuan, rating, weekday};
  },
  template: `
  <div class="page consult doctor-page">
    <error-banner :error="error"></error-banner>
    <loading-state v-if="!screen && !error"></loading-state>
    <template v-if="doctor">
      <section class="card doctor-head" :data-doctor-page="doctor.id">
        <img v-if="doctor.photo_url" class="doctor-photo" :src="doctor.photo_url" :alt="doctor.name">
        <span v-else class="doctor-photo no-photo" aria-hidden="true">{{ doctor.name.slice(0, 1) }}</span>
        <div class="doctor-main">
          <div class="doctor-name">{{ doctor.name }} <span class="tag tag-info">{{ doctor.title_label }}</span></div>
          <div v-for="s in doctor.sites" :key="s.department_id" class="doctor-where">
            {{ s.institution_name }} · {{ s.department_name }}<span v-if="s.primary && doctor.sites.length > 1" class="muted">（第一执业点）</span></div>
          <div class="doctor-meta" data-rating>{{ rating(doctor.rating) }}</div>
          <div class="doctor-meta">图文咨询 {{ doctor.text_done }} 人次 · 视频问诊 {{ doctor.video_done }} 人次 · <span data-followers>{{ doctor.followers }}</span> 人关注</div>
        </div>
        <button type="button" class="btn follow" :class="doctor.following ? 'btn-plain' : 'btn-primary'" :disabled="busy"
                data-follow @click="toggleFollow">{{ doctor.following ? '已关注' : '+ 关注' }}</button>
      </section>
      <section class="card" data-services>
        <div class="card-title">问诊服务</div>
        <empty-state v-if="!doctor.services.length" text="医生暂未开通问诊服务"></empty-state>
        <div v-for="s in doctor.services" :key="s.kind" class="service-row" :data-service="s.kind">
          <div><div>{{ s.label }}</div><div class="muted">接诊后 {{ s.window_hours }} 小时内可多次交流</div></div>
          <button type="button" class="btn btn-primary" @click="consult(s)">¥{{ yuan(s.price_fen) }} 问诊</button>
        </div>
        <p v-if="screen.consent_required" class="muted" data-consent-required>
          首次问诊前请先阅读并同意<a :href="'#/consult/consent?doctor=' + doctor.id">《互联网诊疗知情同意书》</a></p>
      </section>
      <section class="card" v-if="doctor.specialties || doctor.introduction">
        <div class="card-title">擅长</div>
        <p class="doctor-text">{{ doctor.specialties || '—' }}</p>
        <div class="card-title">简介</div>
        <p class="doctor-text">{{ doctor.introduction || '—' }}</p>
      </section>
      <section class="card" data-schedule>
        <div class="msg-bar">
          <button type="button" class="btn btn-plain" @click="turn(-1)" aria-label="上个月">‹</button>
          <span class="card-title" data-month>出诊排班 {{ month }}</span>
          <button type="button" class="btn btn-plain" @click="turn(1)" aria-label="下个月">›</button>
        </div>
        <empty-state v-if="!days.length" text="本月暂无排班"></empty-state>
        <div v-for="d in days" :key="d.day" class="kv" :data-day="d.day">
          <span>{{ d.day.slice(5) }} {{ weekday(d.day) }}</span>
          <span><span v-for="s in d.slots" :key="s.id" class="tag">{{ s.period_label }} {{ s.department_name }} {{ s.capacity }}号</span></span>
        </div>
      </section>
    </template>
  </div>`,
};
