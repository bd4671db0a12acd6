/* 家庭健康档案调阅 (seed 003 家庭健康管理 7): a patient's health archive — one's own 就诊人, or a family
   member who granted 健康档案 (visits, reports, prescriptions) or 体征数据 (vital signs). The overview
   says which tabs the viewer may open; each tab asks its own section, which the server logs for the
   person (谁查看了我的数据). A tab without a grant shows the server's refusal, never data.
   Vital signs: the latest of each kind, a small trend chart (SVG) of the chosen kind, the table, and
   the record form when the viewer may act (own, or 体征数据 granted with 代办). */
import {ref, reactive, computed, onMounted} from 'vue';
import {showToast} from '../../ui.js';
import {setTitle} from '../../nav.js';
import {MP, api, useCall, when} from './lib.js';

const TABS = [
  {section: 'visits', label: '就诊记录'},
  {section: 'reports', label: '检查报告'},
  {section: 'prescriptions', label: '处方'},
  {section: 'vitals', label: '体征'},
];
/** A date (YYYY-MM-DD, as visit dates come) or the China day of a moment. */
const day = (value) => {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(String(value))) return String(value);
  const d = new Date(value);
  return isNaN(d) ? String(value) : d.toLocaleDateString('sv-SE', {timeZone: 'Asia/Shanghai'});
};
const fmt = (v) => (v === null || v === undefined ? '' : String(Math.round(v * 100) / 100));

/** The points of one series as an SVG polyline (and a second line for the diastolic). */
function chartOf(series) {
  if (!series || !series.points.length) return null;
  const W = 320, H = 140, PAD = 24;
  const pts = series.points;
  const values = pts.flatMap((p) => (p.value2 === null ? [p.value] : [p.value, p.value2]));
  let lo = Math.min(...values), hi = Math.max(...values);
  if (hi - lo < 1) { lo -= 1; hi += 1; }
  const t0 = new Date(pts[0].at).getTime(), t1 = new Date(pts[pts.length - 1].at).getTime();
  const x = (p, i) => PAD + (t1 > t0 ? (new Date(p.at).getTime() - t0) / (t1 - t0) : (pts.length > 1 ? i / (pts.length - 1) : 0.5)) * (W - 2 * PAD);
  const y = (v) => H - PAD - ((v - lo) / (hi - lo)) * (H - 2 * PAD);
  const line = (key) => pts.filter((p) => p[key] !== null).map((p, i) => `${x(p, i).toFixed(1)},${y(p[key]).toFixed(1)}`).join(' ');
  return {
    W, H, main: line('value'), second: pts.some((p) => p.value2 !== null) ? line('value2') : '',
    dots: pts.map((p, i) => ({cx: x(p, i).toFixed(1), cy: y(p.value).toFixed(1)})),
    lo: fmt(lo), hi: fmt(hi), from: day(pts[0].at), to: day(pts[pts.length - 1].at),
  };
}

export const ArchiveScreen = {
  name: 'ArchiveScreen',
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const patientId = Number(props.params.id);
    const overview = ref(null);
    const tab = ref((props.query && props.query.tab) || 'visits');
    const lists = reactive({visits: null, reports: null, prescriptions: null, vitals: null});
    const tabError = ref(null);
    const kind = ref('');
    const form = reactive({kind: 'blood_pressure', value: '', value2: '', at: ''});
    const {busy, error, run} = useCall();
    const section = (name) => (overview.value ? overview.value.sections.find((s) => s.section === name) : null);
    const allowed = (name) => Boolean(section(name) && section(name).i_may);
    async function loadTab(name) {
      tab.value = name;
      tabError.value = null;
      if (!allowed(name)) return;
      const path = name === 'vitals' ? `vitals?days=365` : name;
      try {
        lists[name] = await api.get(`${MP}/family/patients/${patientId}/archive/${path}`);
        if (name === 'vitals' && !kind.value && lists.vitals.series.length) kind.value = lists.vitals.series[0].kind;
      } catch (e) {
        tabError.value = e;
      }
    }
    async function load() {
      await run(async () => {
        overview.value = await api.get(`${MP}/family/patients/${patientId}/archive`);
        setTitle(`${overview.value.patient.name}的健康档案`);
      });
      if (overview.value) {
        const first = allowed(tab.value) ? tab.value : (TABS.find((t) => allowed(t.section)) || TABS[0]).section;
        await loadTab(first);
      }
    }
    const series = computed(() => (lists.vitals ? lists.vitals.series.find((s) => s.kind === kind.value) : null));
    const chart = computed(() => chartOf(series.value));
    const kindRows = computed(() => (lists.vitals ? lists.vitals.items.filter((v) => !kind.value || v.kind === kind.value) : []));
    const canRecord = computed(() => section('vitals') && section('vitals').i_may === 'act');
    async function record() {
      const body = {kind: form.kind, value: Number(form.value)};
      if (form.kind === 'blood_pressure') body.value2 = Number(form.value2);
      if (form.at) body.measured_at = new Date(form.at).toISOString();
      const saved = await run(() => api.post(`${MP}/family/patients/${patientId}/vitals`, body));
      if (saved) {
        showToast(`已记录：${saved.label} ${saved.text}`);
        form.value = ''; form.value2 = ''; form.at = '';
        kind.value = saved.kind;
        await loadTab('vitals');
      }
    }
    onMounted(load);
    return {overview, tab, lists, tabError, kind, form, busy, error, TABS, allowed, section, loadTab, series, chart,
            kindRows, canRecord, record, when, day};
  },
  template: `
  <div class="page family-archive">
    <error-banner :error="error"></error-banner>
    <loading-state v-if="!overview && !error"></loading-state>
    <template v-if="overview">
      <div class="card" data-archive-patient>
        <div class="card-title">{{ overview.patient.name }} <span v-if="overview.mine" class="tag">{{ overview.patient.relation }}</span></div>
        <div class="muted">{{ overview.patient.gender }} {{ overview.patient.age }}岁 · {{ overview.patient.id_number }}</div>
        <p v-if="!overview.mine" class="muted" data-archive-note>您在TA的授权范围内查看，每次查看都会告知TA。</p>
      </div>
      <div class="tabs" role="tablist">
        <button v-for="t in TABS" :key="t.section" type="button" role="tab" :data-tab="t.section"
                :class="{active: tab === t.section}" @click="loadTab(t.section)">
          {{ t.label }}<span v-if="section(t.section) && section(t.section).count !== null"> {{ section(t.section).count }}</span>
          <span v-if="!allowed(t.section)" class="muted tab-locked">未授权</span></button>
      </div>
      <div v-if="!allowed(tab)" class="card" data-locked>
        <p>TA尚未向您开放「{{ section(tab) ? (section(tab).scope === 'vital_signs' ? '体征数据' : '健康档案') : '' }}」，请联系TA在家庭成员主页中授权。</p>
      </div>
      <error-banner :error="tabError"></error-banner>

      <div v-if="tab === 'visits' && allowed('visits') && lists.visits" class="card" data-visits>
        <empty-state v-if="!lists.visits.items.length" text="暂无就诊记录"></empty-state>
        <a v-for="v in lists.visits.items" :key="v.id" class="list-item" :data-visit="v.id" :href="'#/visits/' + v.id">
          <div class="li-main">
            <div class="li-title">{{ v.institution }} · {{ v.department }}</div>
            <div class="li-sub">{{ day(v.visit_date || v.created_at) }} · {{ v.doctor }} · {{ v.step_name }}
              <span class="tag">{{ v.state_label }}</span></div>
          </div>
        </a>
      </div>

      <div v-if="tab === 'reports' && allowed('reports') && lists.reports" data-reports>
        <empty-state v-if="!lists.reports.items.length" text="暂无检查报告"></empty-state>
        <div v-for="(r, i) in lists.reports.items" :key="r.visit_id + '-' + i" class="card" :data-report="r.name">
          <div class="card-title">{{ r.name }} <span class="tag" :class="{'tag-ok': r.ready}">{{ r.ready ? '已出报告' : '报告未出' }}</span></div>
          <div class="muted">{{ r.institution }} · {{ r.department }} · {{ day(r.at || r.visit_date) }}</div>
          <template v-if="r.ready">
            <div class="li-title">{{ r.title }}</div>
            <p data-conclusion>{{ r.conclusion }}</p>
            <table v-if="r.items.length" class="vital-table">
              <thead><tr><th>项目</th><th>结果</th><th>参考范围</th></tr></thead>
              <tbody><tr v-for="it in r.items" :key="it.name" :class="{flag: it.flag}">
                <td>{{ it.name }}</td><td>{{ it.value }} {{ it.unit }} <b v-if="it.flag">{{ it.flag === 'H' ? '↑' : (it.flag === 'L' ? '↓' : it.flag) }}</b></td><td>{{ it.range }}</td>
              </tr></tbody>
            </table>
          </template>
          <p v-else class="muted">{{ r.location }}</p>
        </div>
      </div>

      <div v-if="tab === 'prescriptions' && allowed('prescriptions') && lists.prescriptions" data-prescriptions>
        <empty-state v-if="!lists.prescriptions.items.length" text="暂无处方"></empty-state>
        <div v-for="(p, i) in lists.prescriptions.items" :key="p.visit_id + '-' + i" class="card" :data-prescription="p.visit_id">
          <div class="card-title">{{ p.institution }} · {{ p.department }}</div>
          <div class="muted">{{ day(p.at || p.visit_date) }} · {{ p.doctor }}</div>
          <dl class="facts">
            <dt>主诉</dt><dd>{{ p.chief_complaint || '—' }}</dd>
            <dt>诊断</dt><dd data-diagnosis>{{ p.diagnosis || '—' }}</dd>
            <dt>医嘱</dt><dd>{{ p.advice || '—' }}</dd>
          </dl>
          <div v-for="d in p.drugs" :key="d.name" class="li-sub" data-drug>{{ d.name }} {{ d.spec }} · {{ d.dosage }} · {{ d.quantity }}</div>
        </div>
      </div>

      <div v-if="tab === 'vitals' && allowed('vitals') && lists.vitals" data-vitals>
        <div class="card">
          <div class="card-title">最新体征</div>
          <empty-state v-if="!lists.vitals.latest.length" text="暂无体征数据"></empty-state>
          <div class="vital-latest">
            <button v-for="v in lists.vitals.latest" :key="v.kind" type="button" class="vital-chip"
                    :class="{on: kind === v.kind}" :data-latest="v.kind" @click="kind = v.kind">
              <span class="muted">{{ v.label }}</span><b>{{ v.text }}</b><span class="muted">{{ v.source_label }}</span></button>
          </div>
        </div>
        <div v-if="chart" class="card" data-chart>
          <div class="card-title">{{ series.label }}趋势（{{ series.unit }}）</div>
          <svg :viewBox="'0 0 ' + chart.W + ' ' + chart.H" class="vital-chart" role="img" :aria-label="series.label + '趋势'">
            <text x="2" y="14" class="axis">{{ chart.hi }}</text>
            <text x="2" :y="chart.H - 26" class="axis">{{ chart.lo }}</text>
            <polyline :points="chart.main" class="line"></polyline>
            <polyline v-if="chart.second" :points="chart.second" class="line line2"></polyline>
            <circle v-for="(d, i) in chart.dots" :key="i" :cx="d.cx" :cy="d.cy" r="3" class="dot"></circle>
            <text x="24" :y="chart.H - 4" class="axis">{{ chart.from }}</text>
            <text :x="chart.W - 90" :y="chart.H - 4" class="axis">{{ chart.to }}</text>
          </svg>
        </div>
        <div v-if="kindRows.length" class="card">
          <table class="vital-table" data-vital-rows>
            <thead><tr><th>时间</th><th>项目</th><th>数值</th><th>来源</th></tr></thead>
            <tbody><tr v-for="v in kindRows" :key="v.id" :data-vital="v.kind">
              <td>{{ when(v.measured_at) }}</td><td>{{ v.label }}</td><td>{{ v.text }}</td><td>{{ v.source_label }}</td></tr></tbody>
          </table>
        </div>
        <form v-if="canRecord" class="card" data-vital-form @submit.prevent="record">
          <div class="card-title">记录体征</div>
          <form-field label="项目"><select v-model="form.kind" name="vital_kind">
            <option v-for="k in lists.vitals.kinds" :key="k.kind" :value="k.kind">{{ k.label }}（{{ k.unit }}）</option></select></form-field>
          <form-field :label="form.kind === 'blood_pressure' ? '收缩压（高压）' : '数值'">
            <input v-model="form.value" name="vital_value" inputmode="decimal" required></form-field>
          <form-field v-if="form.kind === 'blood_pressure'" label="舒张压（低压）">
            <input v-model="form.value2" name="vital_value2" inputmode="decimal" required></form-field>
          <form-field label="测量时间（不填为现在）"><input v-model="form.at" type="datetime-local" name="vital_at"></form-field>
          <button class="btn btn-primary btn-block" :disabled="busy">保存</button>
        </form>
      </div>
    </template>
  </div>`,
};
