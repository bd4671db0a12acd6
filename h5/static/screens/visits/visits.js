/* 门诊就医助手 on the phone (seed 003 门诊就医助手 4–14): my visits by 就诊人 with the open to-dos on top,
   the to-do list (each links to its step, #/visits/<id>?step=<code>, the link the server's notices carry
   too), and one visit with its steps (steps.js), live on the visit's topic `visit:<id>`: every change the
   event centre applies is a notice there, after which the page reads the visit again. */
import {computed, onMounted, onUnmounted, ref} from 'vue';
import {api} from '../../api.js';
import {confirmDialog, showToast} from '../../ui.js';
import {setTitle} from '../../nav.js';
import {useCall} from '../patient/lib.js';
import {VisitSteps} from './steps.js';
import {ACTION_CONFIRMS, ACTION_LABELS, VISITS, VISIT_STATES, day, followLive, visitLine} from './lib.js';

const items = (answer) => (Array.isArray(answer) ? answer : (answer && answer.items) || []);
const todoLink = (t) => `#/visits/${t.visit_id || (t.visit && t.visit.id)}?step=${encodeURIComponent(t.step)}`;
const stepName = (v) => v.step_name || (v.current_step && v.current_step.name) || '';
const stateTag = (s) => (s === 'open' ? 'tag-info' : s === 'cancelled' ? 'tag-danger' : '');

export const TodoList = {
  name: 'TodoList',
  props: {todos: Array},
  setup() { return {todoLink, day}; },
  template: `
  <div class="list todo-list" data-todos>
    <a v-for="t in todos" :key="t.id" class="list-item todo" :href="todoLink(t)" :data-todo="t.kind" :data-todo-step="t.step">
      <div class="li-main">
        <div class="li-title">{{ t.text }}</div>
        <div class="li-sub">{{ [t.patient_name || (t.patient && t.patient.name), t.institution_name, t.step_name, day(t.updated_at || t.created_at)].filter(Boolean).join(' · ') }}</div>
      </div>
      <span class="badge">待办</span>
      <span class="chev" aria-hidden="true">›</span>
    </a>
  </div>`,
};

export const MyVisitsScreen = {
  name: 'MyVisitsScreen',
  components: {TodoList},
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const visits = ref(null);
    const todos = ref([]);
    const patients = ref([]);
    const patientId = ref(props.query.patient || '');
    const {error, run} = useCall();
    async function load() {
      await run(async () => {
        const q = patientId.value ? `?patient_id=${encodeURIComponent(patientId.value)}` : '';
        const [answer, todoAnswer] = await Promise.all([api.get(VISITS + q), api.get(`${VISITS}/todos`)]);
        visits.value = items(answer);
        todos.value = items(todoAnswer).filter((t) => !t.state || t.state === 'open');
        // The 就诊人 to filter by: what the server lists, else those the visits name.
        const listed = answer && answer.patients;
        if (Array.isArray(listed)) patients.value = listed;
        else if (!patientId.value) {
          const seen = new Map();
          for (const v of visits.value) if (v.patient && v.patient.id != null) seen.set(v.patient.id, v.patient);
          patients.value = [...seen.values()];
        }
      });
    }
    function pick(id) { patientId.value = id; load(); }
    onMounted(load);
    const shown = computed(() => visits.value || []);
    return {visits, shown, todos, patients, patientId, error, pick, visitLine, stepName, stateTag, VISIT_STATES, day};
  },
  template: `
  <div class="page visits">
    <error-banner :error="error"></error-banner>
    <div v-if="todos.length" class="card" data-todo-card>
      <div class="card-title">待办事项 <span class="badge">{{ todos.length }}</span></div>
      <todo-list :todos="todos"></todo-list>
    </div>
    <div v-if="patients.length > 1 || patientId" class="tabs" data-patient-tabs>
      <button type="button" :class="{active: !patientId}" @click="pick('')">全部就诊人</button>
      <button v-for="p in patients" :key="p.id" type="button" :class="{active: String(patientId) === String(p.id)}"
              :data-patient="p.id" @click="pick(p.id)">{{ p.name }}</button>
    </div>
    <loading-state v-if="!visits && !error"></loading-state>
    <empty-state v-if="visits && !visits.length" text="暂无就诊记录，医院登记挂号后会显示在这里"></empty-state>
    <div class="list" data-visits>
      <a v-for="v in shown" :key="v.id" class="list-item visit-row" :href="'#/visits/' + v.id" :data-visit="v.id">
        <div class="li-main">
          <div class="li-title">{{ v.institution_name || (v.institution && v.institution.name) }}
            <span class="tag" :class="stateTag(v.state)">{{ v.state_text || VISIT_STATES[v.state] || v.state }}</span></div>
          <div class="li-sub">{{ visitLine(v) }}</div>
          <div class="li-sub">就诊人 {{ v.patient && v.patient.name }}<template v-if="stepName(v)"> · 当前 {{ stepName(v) }}</template></div>
        </div>
        <span v-if="v.todo_count || v.open_todos" class="badge">{{ v.todo_count || v.open_todos }}</span>
        <span class="chev" aria-hidden="true">›</span>
      </a>
    </div>
  </div>`,
};

export const TodosScreen = {
  name: 'TodosScreen',
  components: {TodoList},
  setup() {
    const todos = ref(null);
    const {error, run} = useCall();
    onMounted(() => run(async () => { todos.value = items(await api.get(`${VISITS}/todos`)).filter((t) => !t.state || t.state === 'open'); }));
    return {todos, error};
  },
  template: `
  <div class="page">
    <error-banner :error="error"></error-banner>
    <loading-state v-if="!todos && !error"></loading-state>
    <empty-state v-if="todos && !todos.length" text="暂无待办事项"></empty-state>
    <todo-list v-if="todos && todos.length" :todos="todos"></todo-list>
  </div>`,
};

/** A visit as the assistant shows it: header, to-dos, steps live, the patient's actions. */
export const VisitScreen = {
  name: 'VisitScreen',
  components: {VisitSteps, TodoList},
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const visitId = Number(props.params.id);
    const visit = ref(null);
    const live = ref('connecting');
    const lost = ref('');
    const {busy, error, run} = useCall();
    let socket = null;
    async function load() {
      try {
        visit.value = await api.get(`${VISITS}/${visitId}`);
        setTitle(visit.value.institution_name || (visit.value.institution && visit.value.institution.name) || '就诊详情');
      } catch (e) {
        if (e && (e.status === 403 || e.status === 404)) { lost.value = e.message || '无权查看此就诊'; visit.value = null; stop(); }
        error.value = e;
      }
    }
    function stop() { if (socket) { socket.stop(); socket = null; } }
    onMounted(async () => {
      await load();
      if (!visit.value) return;
      socket = followLive([`visit:${visitId}`], {
        reload: load,
        onState: (s) => { live.value = s; },
        onLost: () => { load(); },
      });
    });
    onUnmounted(stop);
    async function act(action) {
      if (!(await confirmDialog(ACTION_CONFIRMS[action] || `确定${ACTION_LABELS[action] || action}吗？`))) return;
      const answer = await run(() => api.post(`${VISITS}/${visitId}/actions/${action}`, {}));
      if (answer) {
        if (answer.steps) visit.value = answer; else await load();
        showToast(answer.message || `${ACTION_LABELS[action] || '操作'}成功`);
      }
    }
    const todos = computed(() => ((visit.value && visit.value.todos) || []).filter((t) => !t.state || t.state === 'open')
      .map((t) => ({...t, visit_id: t.visit_id || visitId})));
    return {visit, live, lost, busy, error, act, todos, visitLine, day, VISIT_STATES, stateTag};
  },
  template: `
  <div class="page visit">
    <error-banner :error="error"></error-banner>
    <div v-if="lost" class="card" data-lost><p>{{ lost }}</p><a class="btn btn-block" href="#/visits">返回我的就诊</a></div>
    <loading-state v-if="!visit && !error && !lost"></loading-state>
    <template v-if="visit">
      <div class="card visit-head" data-visit-head :data-seq="visit.seq">
        <div class="card-title">{{ visit.institution_name || (visit.institution && visit.institution.name) }}
          <span class="tag" :class="stateTag(visit.state)" data-visit-state>{{ visit.state_text || VISIT_STATES[visit.state] || visit.state }}</span></div>
        <div v-if="visit.department" class="kv"><span>科室</span><span>{{ visit.department }}</span></div>
        <div v-if="visit.doctor" class="kv"><span>医生</span><span>{{ visit.doctor }}</span></div>
        <div v-if="visit.visit_date" class="kv"><span>就诊日期</span><span>{{ day(visit.visit_date) }}</span></div>
        <div v-if="visit.patient" class="kv"><span>就诊人</span><span data-patient>{{ visit.patient.name }} {{ visit.patient.id_number || '' }}</span></div>
        <p class="muted live-state" :data-live="live">{{ live === 'live' ? '实时更新中' : live === 'down' ? '实时连接中断，正在重连…' : '正在连接…' }}</p>
      </div>
      <div v-if="todos.length" class="card" data-visit-todos>
        <div class="card-title">待办</div>
        <todo-list :todos="todos"></todo-list>
      </div>
      <a v-if="visit.mine && visit.state === 'open'" class="btn btn-block" :href="'#/accompany/invite?visit=' + visit.id" data-accompany>邀请家人线上陪诊</a>
      <visit-steps :visit="visit" :focus="query.step" :busy="busy" :readonly="visit.readonly === true || visit.can_act === false" @act="act"></visit-steps>
    </template>
  </div>`,
};
