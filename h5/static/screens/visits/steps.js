/* One visit's steps as the patient, a relative with a grant, or a companion sees them (seed 003 门诊就医助手
   4–12, 线上陪诊服务 5(4) and 6(3)): the institution's configured steps in their order with each one's
   state and data items (department and location, the masked patient identity, the state; the record and
   prescriptions of the consultation, the items and total of the payment, the reports of the exams, the
   pick-up code of the pharmacy, the questionnaire of the follow-up; vital signs where the HIS sent them),
   the guide to the next step, and the actions the patient may take (签到, 取消预约). A companion's view is
   read-only: no action is drawn, and the server refuses one anyway.

   <visit-steps :visit="detail" :readonly="false" :focus="'payment'" :busy="busy" @act="(action) => ..."> */
import {computed, nextTick, onMounted, ref, watch} from 'vue';
import {ACTION_LABELS, REPORT_STATES, STEP_STATES, STEP_STATE_TAGS, day, safeLink, yuan} from './lib.js';

const VITALS = {temperature: ['体温', '℃'], pulse: ['脉搏', '次/分'], systolic: ['收缩压', 'mmHg'],
                diastolic: ['舒张压', 'mmHg'], weight: ['体重', 'kg'], height: ['身高', 'cm'],
                heart_rate: ['心率', '次/分'], glucose: ['血糖', 'mmol/L'], spo2: ['血氧', '%']};

// The step each patient action belongs to, for answers that list the actions for the whole visit.
const ACTION_STEP = {checkin: 'checkin', cancel: 'appointment'};

/** The actions a step offers: what the server lists for it (strings or {action, label}), else the
    visit's actions that belong to this step. */
function actionsOf(step, visit) {
  const raw = Array.isArray(step.actions) ? step.actions
    : ((visit && visit.actions) || []).filter((a) => ACTION_STEP[typeof a === 'string' ? a : a.action] === step.code);
  return raw.map((a) => (typeof a === 'string' ? {action: a, label: ACTION_LABELS[a] || a}
    : {action: a.action || a.code, label: a.label || ACTION_LABELS[a.action || a.code] || a.action}));
}

export const VisitSteps = {
  name: 'VisitSteps',
  props: {visit: Object, readonly: Boolean, focus: String, busy: Boolean},
  emits: ['act'],
  setup(props) {
    const root = ref(null);
    const open = ref({});
    const steps = computed(() => (props.visit && props.visit.steps) || []);
    // The step the visit is at: the server's `step`, else the first one still in progress.
    const currentIndex = computed(() => {
      const list = steps.value;
      const byCode = list.findIndex((s) => s.code === props.visit.step && ['active', 'waiting'].includes(s.state));
      if (byCode >= 0) return byCode;
      const busyAt = list.findIndex((s) => ['active', 'waiting'].includes(s.state));
      if (busyAt >= 0) return busyAt;
      return list.findIndex((s) => s.code === props.visit.step);
    });
    const current = computed(() => steps.value[currentIndex.value] || null);
    const next = computed(() => {
      const named = props.visit.next_step && steps.value.find((s) => s.code === props.visit.next_step);
      if (named) return named;
      return steps.value.slice(currentIndex.value + 1).find((s) => !['skipped', 'cancelled', 'done'].includes(s.state)) || null;
    });
    const guideText = computed(() => {
      const v = props.visit || {};
      if (v.guide) return typeof v.guide === 'string' ? v.guide : (v.guide.text || '');
      return current.value ? (current.value.guide || '') : '';
    });
    // Open by default: the step a link points at, the current one, and those with an action for the patient.
    const isOpen = (s, i) => (open.value[s.code] !== undefined ? open.value[s.code]
      : (s.code === props.focus || i === currentIndex.value || (!props.readonly && actionsOf(s, props.visit).length > 0)));
    const toggle = (s, i) => { open.value = {...open.value, [s.code]: !isOpen(s, i)}; };
    const vitals = (d) => Object.entries((d && d.vitals) || {}).filter(([, v]) => v !== null && v !== '')
      .map(([k, v]) => ({key: k, label: (VITALS[k] || [k])[0], value: `${v}${(VITALS[k] || [])[1] ? ' ' + VITALS[k][1] : ''}`}));
    async function scrollToFocus() {
      if (!props.focus) return;
      await nextTick();
      const el = root.value && root.value.querySelector(`[data-step="${props.focus}"]`);
      if (el && el.scrollIntoView) el.scrollIntoView({block: 'start'});
    }
    onMounted(scrollToFocus);
    watch(() => props.focus, scrollToFocus);
    const patientText = computed(() => {
      const p = (props.visit && props.visit.patient) || {};
      return [p.name, p.id_number].filter(Boolean).join(' · ');
    });
    return {root, steps, current, next, guideText, isOpen, toggle, vitals, actionsOf, patientText,
            STEP_STATES, STEP_STATE_TAGS, REPORT_STATES, yuan, day, safeLink,
            stateLabel: (s) => STEP_STATES[s] || s, stateTag: (s) => STEP_STATE_TAGS[s] || ''};
  },
  template: `
  <div ref="root" class="visit-steps" data-visit-steps>
    <div v-if="current || guideText" class="card guide" data-guide>
      <div class="card-title">就医指引</div>
      <p v-if="current">当前：<b data-current-step :data-code="current.code">{{ current.name }}</b>
        <span class="tag" :class="stateTag(current.state)">{{ stateLabel(current.state) }}</span></p>
      <p v-if="guideText" class="guide-text" data-guide-text>{{ guideText }}</p>
      <p v-if="next" class="muted" data-next-step>下一步：{{ next.name }}</p>
      <p v-else-if="current" class="muted">这是本次就诊的最后一步</p>
    </div>
    <ol class="step-list">
      <li v-for="(s, i) in steps" :key="s.code" class="step" :class="['step-' + s.state, {focus: s.code === focus, current: current && current.code === s.code}]"
          :data-step="s.code" :data-state="s.state">
        <button type="button" class="step-head" :aria-expanded="isOpen(s, i) ? 'true' : 'false'" @click="toggle(s, i)">
          <span class="step-dot" aria-hidden="true"></span>
          <span class="step-name">{{ s.name }}</span>
          <span class="tag" :class="stateTag(s.state)" data-step-state>{{ stateLabel(s.state) }}</span>
        </button>
        <div v-if="isOpen(s, i)" class="step-body">
          <template v-if="s.state === 'pending' && !Object.keys(s.data || {}).length">
            <p class="muted">尚未进行到此步骤</p>
          </template>
          <template v-else>
            <div v-if="(s.data || {}).department" class="kv"><span>科室</span><span data-item="department">{{ s.data.department }}</span></div>
            <div v-if="(s.data || {}).doctor" class="kv"><span>医生</span><span data-item="doctor">{{ s.data.doctor }}</span></div>
            <div v-if="(s.data || {}).location" class="kv"><span>位置</span><span data-item="location">{{ s.data.location }}</span></div>
            <div v-if="patientText" class="kv"><span>就诊人</span><span data-item="patient">{{ patientText }}</span></div>
            <div class="kv"><span>状态</span><span data-item="state">{{ (s.data || {}).state_text || (s.data || {}).status || s.state_text || stateLabel(s.state) }}</span></div>
            <div v-if="s.his_at || s.at" class="kv"><span>更新时间</span><span>{{ day(s.his_at || s.at) }}</span></div>
            <!-- 门诊挂号 -->
            <template v-if="s.code === 'registration'">
              <div v-if="s.data.fee_fen != null" class="kv"><span>挂号费</span><span data-item="fee">¥{{ yuan(s.data.fee_fen) }}</span></div>
              <div v-if="s.data.paid != null" class="kv"><span>支付状态</span><span data-item="paid">{{ s.data.paid ? '已支付' : '待支付' }}</span></div>
            </template>
            <!-- 排队候诊 -->
            <template v-if="s.code === 'queue'">
              <div v-if="s.data.number != null" class="kv"><span>排队号</span><span data-item="number" class="big-number">{{ s.data.number }}</span></div>
              <div v-if="s.data.ahead != null" class="kv"><span>前面还有</span><span data-item="ahead">{{ s.data.ahead }} 人</span></div>
            </template>
            <!-- 门诊就诊: 病历与处方 -->
            <template v-if="s.code === 'consultation'">
              <div v-if="s.data.record" class="sub-card" data-record>
                <div class="sub-title">门诊病历</div>
                <div v-if="s.data.record.chief_complaint" class="kv"><span>主诉</span><span>{{ s.data.record.chief_complaint }}</span></div>
                <div v-if="s.data.record.diagnosis" class="kv"><span>诊断</span><span data-item="diagnosis">{{ s.data.record.diagnosis }}</span></div>
                <div v-if="s.data.record.advice" class="kv"><span>医嘱</span><span>{{ s.data.record.advice }}</span></div>
              </div>
              <div v-if="(s.data.prescriptions || []).length" class="sub-card" data-prescriptions>
                <div class="sub-title">处方</div>
                <div v-for="(p, k) in s.data.prescriptions" :key="k" class="rx" data-prescription>
                  <div class="rx-name">{{ p.name }} <span class="muted">{{ p.spec }}</span></div>
                  <div class="muted">{{ p.dosage }}<template v-if="p.quantity"> · 数量 {{ p.quantity }}</template></div>
                </div>
              </div>
            </template>
            <!-- 门诊缴费 -->
            <template v-if="s.code === 'payment'">
              <div v-if="(s.data.items || []).length" class="sub-card" data-payment-items>
                <div class="sub-title">缴费项目</div>
                <div v-for="(it, k) in s.data.items" :key="k" class="kv"><span>{{ it.name }}</span><span>¥{{ yuan(it.amount_fen) }}</span></div>
              </div>
              <div v-if="s.data.total_fen != null" class="kv total"><span>合计</span><span data-item="total">¥{{ yuan(s.data.total_fen) }}</span></div>
            </template>
            <!-- 检验检查 -->
            <template v-if="s.code === 'exam'">
              <div v-for="(it, k) in (s.data.items || [])" :key="k" class="sub-card" data-exam-item>
                <div class="sub-title">{{ it.name }} <span class="tag" :class="it.report ? 'tag-ok' : ''">{{ REPORT_STATES[it.report_state] || it.report_state || '检查中' }}</span></div>
                <div v-if="it.location" class="kv"><span>地点</span><span>{{ it.location }}</span></div>
                <div v-if="it.report" class="report" data-report>
                  <div class="report-title">{{ it.report.title }}</div>
                  <p v-if="it.report.conclusion" class="report-conclusion">结论：{{ it.report.conclusion }}</p>
                  <table v-if="(it.report.items || []).length" class="report-items">
                    <tr v-for="(r, j) in it.report.items" :key="j">
                      <template v-if="typeof r === 'object'"><td>{{ r.name }}</td><td>{{ r.value }} {{ r.unit }}</td><td class="muted">{{ r.range || r.reference || '' }}{{ r.flag ? ' ' + r.flag : '' }}</td></template>
                      <td v-else colspan="3">{{ r }}</td>
                    </tr>
                  </table>
                </div>
              </div>
            </template>
            <!-- 门诊取药: 取药码 -->
            <template v-if="s.code === 'pharmacy'">
              <div v-if="s.data.window" class="kv"><span>取药窗口</span><span data-item="window">{{ s.data.window }}</span></div>
              <div v-if="s.data.pick_up_code" class="pickup" data-pickup>
                <div class="muted">取药码</div>
                <div class="pickup-code" data-pickup-code>{{ s.data.pick_up_code }}</div>
                <div class="muted">请凭取药码到窗口取药</div>
              </div>
            </template>
            <!-- 诊后随访: 问卷 -->
            <template v-if="s.code === 'followup' && s.data.questionnaire">
              <div class="sub-card" data-questionnaire>
                <div class="sub-title">{{ s.data.questionnaire.title || '诊后问卷' }}</div>
                <a v-if="safeLink(s.data.questionnaire.url)" class="btn btn-block" :href="safeLink(s.data.questionnaire.url)"
                   target="_blank" rel="noopener" data-questionnaire-link>填写诊后问卷</a>
              </div>
            </template>
            <div v-if="vitals(s.data).length" class="sub-card" data-vitals>
              <div class="sub-title">生命体征</div>
              <div v-for="v in vitals(s.data)" :key="v.key" class="kv"><span>{{ v.label }}</span><span>{{ v.value }}</span></div>
            </div>
          </template>
          <p v-if="s.guide && !(current && current.code === s.code)" class="muted step-guide">{{ s.guide }}</p>
          <div v-if="!readonly && actionsOf(s, visit).length" class="actions step-actions">
            <button v-for="a in actionsOf(s, visit)" :key="a.action" type="button" class="btn"
                    :class="a.action === 'cancel' ? 'btn-danger' : 'btn-primary'" :disabled="busy"
                    :data-action="a.action" @click="$emit('act', a.action, s)">{{ a.label }}</button>
          </div>
        </div>
      </li>
    </ol>
  </div>`,
};
