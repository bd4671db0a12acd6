/* 线上陪诊 on the phone (seed 003 线上陪诊服务 1–9): the patient's and the companion's entries with the
   role switch (current role, an illustrated introduction, start / receive, history), the visit records
   an accompaniment can follow (newest first, 就诊中 / 未就诊), the invitation (the chosen visit, family
   members the grants allow, the 温馨提醒, send), the patient's home (visit, companions with accepted and
   present, the steps live with the patient's actions, remove / invite another, end, the video room),
   the companion's home (the same visit live, read-only, back to the list), the history of both sides,
   and the landing of an invitation message (#/accompany/tasks/<id>: accept or decline).

   Live: a home follows `visit:<visit id>` (the steps) and `accompany:<task id>` (companions, the end)
   and reads the home again after each notice; a topic the server closes (a companion removed, the task
   ended) makes it read again too, and a refusal then ends the page at once. */
import {computed, onMounted, onUnmounted, reactive, ref} from 'vue';
import {api} from '../../api.js';
import {confirmDialog, showToast} from '../../ui.js';
import {go, replace, setTitle} from '../../nav.js';
import {useCall} from '../patient/lib.js';
import {VisitSteps} from '../visits/steps.js';
import {ACCOMPANY, ACTION_CONFIRMS, ACTION_LABELS, day, followLive, visitLine} from '../visits/lib.js';

// The service's addresses in one place (core/accompany's HTTP under /api/mp/v1/accompany).
export const URLS = {
  visits: () => `${ACCOMPANY}/visits`,
  candidates: (visitId) => `${ACCOMPANY}/visits/${visitId}/candidates`,
  tasks: () => `${ACCOMPANY}/tasks`,
  list: (role, state) => `${ACCOMPANY}/tasks?role=${role}${state ? '&state=' + state : ''}`,
  task: (id) => `${ACCOMPANY}/tasks/${id}`,
  accept: (id) => `${ACCOMPANY}/tasks/${id}/accept`,
  decline: (id) => `${ACCOMPANY}/tasks/${id}/decline`,
  end: (id) => `${ACCOMPANY}/tasks/${id}/end`,
  invite: (id) => `${ACCOMPANY}/tasks/${id}/companions`,
  remove: (id, companionId) => `${ACCOMPANY}/tasks/${id}/companions/${companionId}/remove`,
  presence: (id) => `${ACCOMPANY}/tasks/${id}/presence`,
  act: (id, action) => `${ACCOMPANY}/tasks/${id}/actions/${action}`,
};

const ROLE_KEY = 'huiyi.h5.accompany_role';
const ROLES = {patient: '患者', companion: '陪诊人'};
const COMPANION_STATES = {invited: '待接受', accepted: '已接受', declined: '已拒绝', removed: '已移出'};
const TASK_STATES = {active: '陪诊中', ended: '已结束'};
const END_REASONS = {visit_ended: '就诊已结束', owner: '发起人结束了陪诊', visit_cancelled: '就诊已取消'};
export const REMINDER_TIPS = '温馨提醒：发起陪诊后，您邀请的家人接受邀请即可实时查看本次就诊的各个环节（挂号、签到、候诊、就诊、缴费、检查、取药等）'
  + '及其中的病历、处方和报告，并可与您视频沟通。陪诊人只能查看，不能替您办理。您可随时移出陪诊人或结束陪诊；就诊结束后陪诊自动结束。';

const items = (answer) => (Array.isArray(answer) ? answer : (answer && answer.items) || []);
const storedRole = () => { try { return localStorage.getItem(ROLE_KEY) || 'patient'; } catch { return 'patient'; } };
const keepRole = (role) => { try { localStorage.setItem(ROLE_KEY, role); } catch { /* private mode */ } };
const visitOf = (t) => (t && t.visit) || {};
const patientName = (v) => (v.patient && (v.patient.name || v.patient)) || v.patient_name || '';
const inProgress = (v) => (v.status ? v.status === 'in_progress' : v.state === 'open' && !!v.step && v.step !== 'appointment');
const visitState = (v) => v.status_label || (v.state && v.state !== 'open' ? '已结束' : inProgress(v) ? '就诊中' : '未就诊');
const companionState = (c) => c.state_label || COMPANION_STATES[c.state] || c.state;

/** 当前角色 and the switch between the patient's and the companion's entry. */
export const RoleBar = {
  name: 'RoleBar',
  props: {role: String},
  emits: ['switch'],
  setup() { return {ROLES}; },
  template: `
  <div class="card role-bar" data-role-bar :data-role="role">
    <div><div class="muted">当前角色</div><div class="role-label" data-role-label>{{ ROLES[role] || role }}</div></div>
    <div class="role-switch">
      <button v-for="(label, key) in ROLES" :key="key" type="button" :class="{active: key === role}"
              :data-switch-role="key" @click="$emit('switch', key)">{{ label }}</button>
    </div>
  </div>`,
};

/** The visit of a task or an invitation: department, time, patient. */
const VisitInfo = {
  name: 'VisitInfo',
  props: {visit: Object},
  setup() { return {day, patientName, visitState}; },
  template: `
  <div class="card" data-visit-info>
    <div class="card-title">就诊信息 <span class="tag tag-info" data-visit-progress>{{ visitState(visit) }}</span></div>
    <div class="kv"><span>就诊机构</span><span>{{ visit.institution_name || (visit.institution && visit.institution.name) }}</span></div>
    <div class="kv"><span>就诊科室</span><span data-visit-department>{{ visit.department || '—' }}</span></div>
    <div v-if="visit.doctor" class="kv"><span>医生</span><span>{{ visit.doctor }}</span></div>
    <div class="kv"><span>就诊时间</span><span>{{ day(visit.visit_date || visit.created_at) || '—' }}</span></div>
    <div class="kv"><span>就诊患者</span><span data-visit-patient>{{ patientName(visit) }}</span></div>
  </div>`,
};

const INTRO = {
  patient: {
    text: '线上陪诊让家人“云端”陪您看病：邀请家人后，他们能实时看到您本次门诊的每个环节和结果，还能与您视频沟通。',
    steps: ['选择一条就诊记录', '勾选要邀请的家人，发送邀请', '家人接受后实时陪诊，可随时视频'],
  },
  companion: {
    text: '家人邀请您陪诊后，您可实时查看其本次门诊的进度、病历、处方和报告，并进入云陪诊室与其视频沟通。陪诊人仅可查看，不能办理业务。',
    steps: ['在消息或本页查看陪诊邀请', '接受邀请', '进入陪诊主页实时陪诊'],
  },
};

export const EntryScreen = {
  name: 'AccompanyEntry',
  components: {RoleBar},
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const role = ref(props.query.role in ROLES ? props.query.role : storedRole());
    const tasks = ref(null);
    const {busy, error, run} = useCall();
    async function load() {
      tasks.value = null;
      await run(async () => { tasks.value = items(await api.get(URLS.list(role.value, 'active'))); });
    }
    function switchRole(r) {
      if (r === role.value) return;
      role.value = r;
      keepRole(r);
      replace(`/accompany?role=${r}`);
      setTitle(r === 'patient' ? '线上陪诊' : '陪诊人入口');
      load();
    }
    async function accept(t) {
      if (await run(() => api.post(URLS.accept(t.id), {}))) go(`/accompany/tasks/${t.id}`);
    }
    async function decline(t) {
      if (!(await confirmDialog('确定拒绝这次陪诊邀请吗？'))) return;
      if (await run(() => api.post(URLS.decline(t.id), {}))) { showToast('已拒绝邀请'); await load(); }
    }
    onMounted(() => { keepRole(role.value); setTitle(role.value === 'patient' ? '线上陪诊' : '陪诊人入口'); load(); });
    const invitations = computed(() => (tasks.value || []).filter((t) => t.my_state === 'invited' || (t.me && t.me.state === 'invited')));
    const current = computed(() => (tasks.value || []).filter((t) => !invitations.value.includes(t)));
    return {role, tasks, invitations, current, busy, error, switchRole, accept, decline, INTRO, TASK_STATES,
            visitOf, visitLine, patientName, day};
  },
  template: `
  <div class="page accompany-entry" :data-entry="role">
    <role-bar :role="role" @switch="switchRole"></role-bar>
    <error-banner :error="error"></error-banner>
    <div class="card intro" data-intro>
      <div class="card-title">{{ role === 'patient' ? '线上陪诊 · 让家人云端陪您就医' : '线上陪诊 · 云端陪伴家人就医' }}</div>
      <div class="intro-figure" aria-hidden="true">
        <figure><span class="intro-icon">医</span>就诊进度</figure>
        <figure><span class="intro-icon">家</span>家人陪伴</figure>
        <figure><span class="intro-icon">视</span>视频沟通</figure>
      </div>
      <p>{{ INTRO[role].text }}</p>
      <ol class="intro-steps"><li v-for="s in INTRO[role].steps" :key="s">{{ s }}</li></ol>
    </div>
    <template v-if="role === 'patient'">
      <a class="btn btn-primary btn-block" href="#/accompany/visits" data-start>发起陪诊</a>
    </template>
    <div v-if="role === 'companion' && invitations.length" class="card" data-invitations>
      <div class="card-title">待接受的陪诊邀请</div>
      <div v-for="t in invitations" :key="t.id" class="companion-row" :data-invitation="t.id">
        <div class="li-main">
          <div class="li-title">{{ t.owner_name || '家人' }} 邀请您陪诊</div>
          <div class="li-sub">{{ patientName(visitOf(t)) }} · {{ visitLine(visitOf(t)) }}</div>
        </div>
        <button type="button" class="btn btn-primary" :disabled="busy" data-accept @click="accept(t)">接受</button>
        <button type="button" class="btn btn-plain" :disabled="busy" data-decline @click="decline(t)">拒绝</button>
      </div>
    </div>
    <div class="card" data-current-tasks>
      <div class="card-title">{{ role === 'patient' ? '进行中的陪诊' : '我正在陪诊' }}</div>
      <loading-state v-if="!tasks && !error"></loading-state>
      <empty-state v-if="tasks && !current.length" :text="role === 'patient' ? '暂无进行中的陪诊' : '暂无陪诊，家人邀请后会显示在这里'"></empty-state>
      <list-item v-for="t in current" :key="t.id" :to="'#/accompany/tasks/' + t.id" :data-task="t.id"
                 :title="patientName(visitOf(t)) + ' · ' + (visitOf(t).department || '')"
                 :sub="visitLine(visitOf(t))" :badge="TASK_STATES[t.state] || t.state"></list-item>
    </div>
    <a class="btn btn-block" :href="'#/accompany/history?role=' + role" data-history>历史陪诊记录</a>
  </div>`,
};

export const AccompanyVisitsScreen = {
  name: 'AccompanyVisits',
  setup() {
    const visits = ref(null);
    const {error, run} = useCall();
    onMounted(() => run(async () => {
      const list = items(await api.get(URLS.visits()));
      // Newest first, whatever order the answer had.
      const at = (v) => String(v.visit_date || v.created_at || '');
      visits.value = [...list].sort((a, b) => (at(b) > at(a) ? 1 : at(b) < at(a) ? -1 : b.id - a.id));
    }));
    function open(v) {
      if (v.task_id) go(`/accompany/tasks/${v.task_id}`); else go(`/accompany/invite?visit=${v.id}`);
    }
    return {visits, error, open, visitLine, patientName, visitState};
  },
  template: `
  <div class="page">
    <error-banner :error="error"></error-banner>
    <p class="muted">请选择要邀请家人陪诊的就诊记录（最新的在最上面）。</p>
    <loading-state v-if="!visits && !error"></loading-state>
    <empty-state v-if="visits && !visits.length" text="暂无可陪诊的就诊记录"></empty-state>
    <div class="list" data-accompany-visits>
      <list-item v-for="v in visits" :key="v.id" :data-visit="v.id" :title="(v.institution_name || '') + ' · ' + (v.department || '')"
                 :sub="patientName(v) + ' · ' + visitLine(v)" :badge="visitState(v)" @click="open(v)">
        <div v-if="v.task_id" class="li-sub">已发起陪诊，点击进入</div>
      </list-item>
    </div>
  </div>`,
};

/** 陪诊邀请: a new task for a visit (?visit=), or more companions for a task (?task=). */
export const InviteScreen = {
  name: 'AccompanyInvite',
  components: {VisitInfo},
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const taskId = props.query.task ? Number(props.query.task) : null;
    const visit = ref(null);
    const candidates = ref(null);
    const notice = ref('');
    const picked = reactive({});
    const reminder = ref('');
    const {busy, error, run} = useCall();
    onMounted(() => run(async () => {
      let visitId = Number(props.query.visit);
      if (taskId) {
        const home = await api.get(URLS.task(taskId));
        visitId = visitOf(home).id;
        setTitle('邀请陪诊人');
      }
      const answer = await api.get(URLS.candidates(visitId));
      visit.value = answer.visit;
      notice.value = answer.notice || REMINDER_TIPS;
      candidates.value = items(answer);
    }));
    // Someone already in the task (invited, accepted) or without the patient's grant cannot be picked.
    const open = (c) => c.eligible !== false && !['invited', 'accepted'].includes(c.state);
    const why = (c) => (c.state && c.state !== 'declined' && c.state !== 'removed' ? COMPANION_STATES[c.state] : (c.eligible === false ? c.reason || '未获陪诊授权' : ''));
    const chosen = computed(() => Object.keys(picked).filter((k) => picked[k]).map(Number));
    async function send() {
      if (!chosen.value.length) { error.value = '请至少选择一位陪诊人'; return; }
      const answer = await run(() => (taskId
        ? api.post(URLS.invite(taskId), {account_ids: chosen.value})
        : api.post(URLS.tasks(), {visit_id: visit.value.id, account_ids: chosen.value, reminder: reminder.value.trim()})));
      if (answer) {
        showToast('陪诊邀请已发送');
        replace(`/accompany/tasks/${taskId || answer.id || answer.task_id}`);
      }
    }
    return {taskId, visit, candidates, notice, picked, reminder, chosen, busy, error, send, open, why};
  },
  template: `
  <div class="page accompany-invite">
    <error-banner :error="error"></error-banner>
    <loading-state v-if="!visit && !error"></loading-state>
    <template v-if="visit">
      <visit-info :visit="visit"></visit-info>
      <div class="card" data-candidates>
        <div class="card-title">选择陪诊人</div>
        <p class="muted">可邀请与就诊人同在一个家庭、且就诊人已授权“陪诊”的家人。</p>
        <empty-state v-if="!candidates.length" text="暂无可邀请的家人：请先在家庭健康管理中邀请家人，并向其开放陪诊授权"></empty-state>
        <label v-for="c in candidates" :key="c.account_id" class="pick-row" :class="{off: !open(c)}" :data-candidate="c.account_id">
          <input type="checkbox" v-model="picked[c.account_id]" :disabled="!open(c)">
          <span class="li-main"><span class="li-title">{{ c.name }}</span>
            <span v-if="c.relation" class="muted"> · {{ c.relation }}</span></span>
          <span v-if="why(c)" class="tag">{{ why(c) }}</span>
        </label>
      </div>
      <div class="card">
        <div class="card-title">温馨提醒</div>
        <p class="reminder" data-reminder-tips>{{ notice }}</p>
        <form-field v-if="!taskId" label="给陪诊人的留言（选填）">
          <textarea v-model="reminder" name="reminder" maxlength="200" rows="3" placeholder="例如：上午十点在门诊三楼，记得带医保卡"></textarea>
        </form-field>
      </div>
      <button type="button" class="btn btn-primary btn-block" :disabled="busy || !chosen.length" data-send @click="send">发送邀请</button>
    </template>
  </div>`,
};

/** A task's home: the patient's (actions, companions, end) or the companion's (read-only). */
export const TaskScreen = {
  name: 'AccompanyTask',
  components: {RoleBar, VisitInfo, VisitSteps},
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const taskId = Number(props.params.id);
    const home = ref(null);
    const lost = ref('');
    const live = ref('connecting');
    const {busy, error, run} = useCall();
    let socket = null;
    let followed = '';
    let heartbeat = null;

    const role = computed(() => (home.value && home.value.role) || 'patient');
    const ended = computed(() => home.value && home.value.state === 'ended');
    const myState = computed(() => home.value && (home.value.my_state || (home.value.me && home.value.me.state)));
    // The visit with its steps and the patient's actions, as <visit-steps> draws them.
    const visit = computed(() => {
      const h = home.value || {};
      const v = {...visitOf(h)};
      if (!v.steps) v.steps = h.steps || [];
      if (!v.actions) v.actions = h.can_act === false ? [] : (h.actions || []);
      if (!v.guide && h.guide) v.guide = h.guide;
      if (!v.patient && v.patient_name) v.patient = {name: v.patient_name};
      return v;
    });

    function stop() {
      if (socket) { socket.stop(); socket = null; }
      followed = '';
      clearInterval(heartbeat);
      heartbeat = null;
    }
    // A companion's open home tells the patient "陪诊中" (the server counts a beat within a minute).
    function beat() {
      if (heartbeat || !home.value || home.value.role !== 'companion' || home.value.my_state !== 'accepted') return;
      heartbeat = setInterval(() => {
        if (document.visibilityState === 'visible') api.post(URLS.presence(taskId), {}).catch(() => {});
      }, 30000);
    }
    function lose(message) {
      lost.value = message;
      home.value = null;
      stop();
    }
    async function load() {
      try {
        const answer = await api.get(URLS.task(taskId));
        home.value = answer;
        setTitle(answer.role === 'companion' ? '陪诊人主页' : '患者陪诊主页');
        if (answer.state === 'ended') stop(); else { startLive(); beat(); }
      } catch (e) {
        if (e && (e.status === 403 || e.status === 404 || e.status === 410)) lose(e.message || '您已无法查看这次陪诊');
        else error.value = e;
      }
    }
    // Live only where the server lets one follow: the patient, or a companion who accepted (an invited
    // one is refused the task's topic until they accept; after that the topics are followed anew).
    function startLive() {
      const h = home.value;
      if (!h || !(h.role === 'patient' || h.my_state === 'accepted')) return;
      const visitId = visit.value.id;
      const topics = (h.topics && h.topics.length) ? h.topics : [`visit:${visitId}`, `accompany:${taskId}`];
      const key = topics.join(' ');
      if (socket && followed === key) return;
      stop();
      followed = key;
      socket = followLive(topics, {reload: load, onState: (s) => { live.value = s; }, onLost: () => { load(); }});
    }
    onMounted(load);
    onUnmounted(stop);

    function switchRole(r) { keepRole(r); go(`/accompany?role=${r}`); }
    async function act(action) {
      if (!(await confirmDialog(ACTION_CONFIRMS[action] || `确定${ACTION_LABELS[action] || action}吗？`))) return;
      const answer = await run(() => api.post(URLS.act(taskId, action), {}));
      if (answer) { showToast(answer.message || `${ACTION_LABELS[action] || '操作'}成功`); await load(); }
    }
    async function remove(c) {
      if (!(await confirmDialog(`确定将${c.name || '该陪诊人'}移出本次陪诊吗？移出后对方将无法再查看本次就诊。`))) return;
      const answer = await run(() => api.post(URLS.remove(taskId, c.id), {}));
      if (answer) { showToast('已移出'); if (answer.companions) home.value = answer; else await load(); }
    }
    async function endTask() {
      if (!(await confirmDialog('确定结束本次陪诊吗？结束后家人将不再能查看本次就诊信息。'))) return;
      if (await run(() => api.post(URLS.end(taskId), {}))) { showToast('陪诊已结束'); await load(); }
    }
    async function accept() {
      if (await run(() => api.post(URLS.accept(taskId), {}))) { showToast('已接受陪诊邀请'); await load(); }
    }
    async function decline() {
      if (!(await confirmDialog('确定拒绝这次陪诊邀请吗？'))) return;
      if (await run(() => api.post(URLS.decline(taskId), {}))) { showToast('已拒绝邀请'); go('/accompany?role=companion'); }
    }
    const video = () => go(`/accompany/tasks/${taskId}/video`);
    const companions = computed(() => ((home.value && home.value.companions) || []).filter((c) => c.state !== 'removed'));
    return {home, lost, live, busy, error, role, ended, myState, visit, companions, switchRole, act, remove, endTask,
            accept, decline, video, companionState, END_REASONS, day};
  },
  template: `
  <div class="page accompany-task" :data-task-role="role" :data-task-state="home && home.state">
    <error-banner :error="error"></error-banner>
    <div v-if="lost" class="card task-ended" data-lost>
      <p>{{ lost }}</p>
      <a class="btn btn-block" href="#/accompany?role=companion">返回陪诊列表</a>
    </div>
    <loading-state v-if="!home && !error && !lost"></loading-state>
    <template v-if="home">
      <role-bar :role="role" @switch="switchRole"></role-bar>
      <div v-if="role === 'companion' && myState === 'invited'" class="card" data-invitation>
        <div class="card-title">{{ home.owner_name || '家人' }} 邀请您线上陪诊</div>
        <p v-if="home.reminder" class="reminder">{{ home.reminder }}</p>
        <p class="muted">接受后您可实时查看本次就诊的进度、病历、处方和报告，并可进入云陪诊室视频沟通；陪诊人仅可查看。</p>
        <div class="actions">
          <button type="button" class="btn" :disabled="busy" data-decline @click="decline">拒绝</button>
          <button type="button" class="btn btn-primary" :disabled="busy" data-accept @click="accept">接受邀请</button>
        </div>
      </div>
      <div v-if="ended" class="card task-ended" data-task-ended>
        <p>本次陪诊已结束<template v-if="END_REASONS[home.end_reason]">（{{ END_REASONS[home.end_reason] }}）</template></p>
        <p v-if="home.ended_at" class="muted">{{ day(home.ended_at) }}</p>
      </div>
      <visit-info :visit="visit"></visit-info>
      <div v-if="role === 'companion' && home.reminder && myState !== 'invited'" class="card"><div class="card-title">温馨提醒</div><p class="reminder">{{ home.reminder }}</p></div>
      <div v-if="role === 'patient'" class="card" data-companions>
        <div class="card-title">陪诊人</div>
        <empty-state v-if="!companions.length" text="还没有陪诊人"></empty-state>
        <div v-for="c in companions" :key="c.id" class="companion-row" :data-companion="c.id" :data-companion-state="c.state" :data-present="c.present ? 1 : 0">
          <div class="li-main">
            <div class="li-title">{{ c.name }}<span v-if="c.relation" class="muted"> · {{ c.relation }}</span></div>
            <div class="li-sub"><span class="tag" :class="c.state === 'accepted' ? 'tag-ok' : ''">{{ companionState(c) }}</span>
              <span v-if="c.state === 'accepted'" class="tag" :class="c.present ? 'tag-info' : ''" data-presence>{{ c.present ? '陪诊中' : '未进入' }}</span></div>
          </div>
          <button v-if="!ended" type="button" class="btn btn-plain" :disabled="busy" data-remove @click="remove(c)">移出</button>
        </div>
        <a v-if="!ended" class="btn btn-block" :href="'#/accompany/invite?task=' + home.id" data-invite-more>邀请其他陪诊人</a>
      </div>
      <p v-if="!ended" class="muted live-state" :data-live="live">{{ live === 'live' ? '实时同步中' : live === 'down' ? '实时连接中断，正在重连…' : '正在连接…' }}</p>
      <div v-if="myState !== 'invited'" data-assistant>
        <visit-steps :visit="visit" :readonly="role !== 'patient' || ended || home.can_act === false" :busy="busy" @act="act"></visit-steps>
      </div>
      <div class="actions task-actions">
        <button v-if="!ended && myState !== 'invited'" type="button" class="btn btn-primary" :disabled="busy" data-video @click="video">进入云陪诊室</button>
        <button v-if="role === 'patient' && !ended" type="button" class="btn btn-danger" :disabled="busy" data-end @click="endTask">结束陪诊</button>
        <a v-if="role === 'companion'" class="btn" href="#/accompany?role=companion" data-back-list>返回列表</a>
      </div>
    </template>
  </div>`,
};

export const HistoryScreen = {
  name: 'AccompanyHistory',
  components: {RoleBar},
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const role = ref(props.query.role in ROLES ? props.query.role : storedRole());
    const tasks = ref(null);
    const {error, run} = useCall();
    async function load() {
      tasks.value = null;
      await run(async () => { tasks.value = items(await api.get(URLS.list(role.value, 'ended'))); });
    }
    function switchRole(r) { role.value = r; keepRole(r); replace(`/accompany/history?role=${r}`); load(); }
    onMounted(load);
    const sub = (t) => [visitLine(visitOf(t)), t.ended_at ? `结束于 ${day(t.ended_at)}` : '', END_REASONS[t.end_reason] || ''].filter(Boolean).join(' · ');
    const title = (t) => `${patientName(visitOf(t))} · ${visitOf(t).department || ''}${role.value === 'companion' && t.owner_name ? `（${t.owner_name} 邀请）` : ''}`;
    return {role, tasks, error, switchRole, sub, title, TASK_STATES};
  },
  template: `
  <div class="page">
    <role-bar :role="role" @switch="switchRole"></role-bar>
    <error-banner :error="error"></error-banner>
    <loading-state v-if="!tasks && !error"></loading-state>
    <empty-state v-if="tasks && !tasks.length" text="暂无陪诊记录"></empty-state>
    <div class="list" data-history-list>
      <list-item v-for="t in tasks" :key="t.id" :to="'#/accompany/tasks/' + t.id" :data-task="t.id"
                 :title="title(t)" :sub="sub(t)" :badge="TASK_STATES[t.state] || t.state"></list-item>
    </div>
  </div>`,
};
