/* 家庭门诊预约 (seed 003 家庭健康管理 8): book an outpatient appointment for oneself, one's 就诊人, or a
   family member who granted 门诊预约 with 代办 — the institution (those whose visit assistant is open),
   department, doctor, day and period as the hospital's system offers them; the booking becomes the
   visit's first step (门诊预约). 我的预约 lists the appointments the account made or holds, and cancels
   one not yet checked in. Whom one may book for is the server's call (/patients/reachable); a
   refusal (no grant, slot gone) is shown as the server words it. */
import {ref, reactive, computed, onMounted} from 'vue';
import {confirmDialog, showToast} from '../../ui.js';
import {go} from '../../nav.js';
import {MP, api, useCall, when, yuan} from './lib.js';

const A = `${MP}/appointments`;
const WEEK = ['日', '一', '二', '三', '四', '五', '六'];
const CHINA_DAY = (d) => d.toLocaleDateString('sv-SE', {timeZone: 'Asia/Shanghai'});

/** The next `n` days in China, as YYYY-MM-DD with a label. */
function nextDays(n) {
  const out = [];
  const now = Date.now();
  for (let i = 0; i < n; i += 1) {
    const d = new Date(now + i * 86400000);
    const iso = CHINA_DAY(d);
    const wd = new Date(iso + 'T12:00:00+08:00').getUTCDay();
    out.push({iso, label: i === 0 ? '今天' : (i === 1 ? '明天' : `周${WEEK[wd]}`), short: iso.slice(5)});
  }
  return out;
}

export const BookingScreen = {
  name: 'BookingScreen',
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const people = ref([]);
    const institutions = ref([]);
    const departments = ref([]);
    const doctors = ref([]);
    const slots = ref(null);
    const days = nextDays(14); // the hospitals take bookings from today for two weeks
    const chosen = reactive({patient_id: null, institution_id: null, department_code: '', doctor_code: '',
                             day: days[0].iso, slot_id: ''});
    const {busy, error, run} = useCall();
    const patient = computed(() => people.value.find((p) => p.id === chosen.patient_id));
    const institution = computed(() => institutions.value.find((i) => i.id === chosen.institution_id));
    const department = computed(() => departments.value.find((d) => d.code === chosen.department_code));
    const doctor = computed(() => doctors.value.find((d) => d.code === chosen.doctor_code));
    const slot = computed(() => (slots.value || []).find((s) => s.id === chosen.slot_id));

    async function load() {
      await run(async () => {
        const [reach, insts] = await Promise.all([
          api.get(`${MP}/patients/reachable?scope=appointments&act=true`), api.get(`${A}/institutions`)]);
        people.value = reach.items;
        institutions.value = insts.items;
        const wanted = Number(props.query && props.query.patient) || null;
        chosen.patient_id = (wanted && people.value.some((p) => p.id === wanted) ? wanted : null)
          || (people.value[0] && people.value[0].id) || null;
      });
    }
    async function pickInstitution(id) {
      Object.assign(chosen, {institution_id: id, department_code: '', doctor_code: '', slot_id: ''});
      departments.value = []; doctors.value = []; slots.value = null;
      await run(async () => {
        departments.value = (await api.get(`${A}/departments?institution_id=${id}`)).items;
      });
    }
    async function pickDepartment(code) {
      Object.assign(chosen, {department_code: code, doctor_code: '', slot_id: ''});
      doctors.value = []; slots.value = null;
      await run(async () => {
        doctors.value = (await api.get(`${A}/doctors?institution_id=${chosen.institution_id}`
          + `&department_code=${encodeURIComponent(code)}`)).items;
      });
    }
    async function loadSlots() {
      chosen.slot_id = '';
      slots.value = null;
      await run(async () => {
        slots.value = (await api.get(`${A}/slots?institution_id=${chosen.institution_id}`
          + `&doctor_code=${encodeURIComponent(chosen.doctor_code)}&day=${chosen.day}`)).items;
      });
    }
    async function pickDoctor(code) {
      chosen.doctor_code = code;
      await loadSlots();
    }
    async function pickDay(iso) {
      chosen.day = iso;
      await loadSlots();
    }
    async function book() {
      const text = `为 ${patient.value.name} 预约 ${institution.value.name} ${department.value.name} ${doctor.value.name}，`
        + `${slot.value.day || chosen.day} ${slot.value.starts}-${slot.value.ends}？`;
      if (!await confirmDialog(text, {ok: '确认预约'})) return;
      const made = await run(() => api.post(`${A}`, {patient_id: chosen.patient_id,
                                                     institution_id: chosen.institution_id, slot_id: chosen.slot_id}));
      if (made) {
        showToast('预约成功');
        go('/family/booking/mine');
      } else {
        await loadSlots(); // the period may have gone meanwhile
      }
    }
    onMounted(load);
    return {people, institutions, departments, doctors, slots, days, chosen, busy, error, patient, institution,
            department, doctor, slot, pickInstitution, pickDepartment, pickDoctor, pickDay, book, yuan};
  },
  template: `
  <div class="page family-booking">
    <error-banner :error="error"></error-banner>
    <div class="card">
      <div class="card-title">家庭门诊预约</div>
      <p class="muted">可为自己、自己的就诊人，或授权您「门诊预约（可代办）」的家庭成员预约门诊。</p>
      <a href="#/family/booking/mine">我的预约</a>
    </div>
    <div class="card" data-book-who>
      <div class="card-title">就诊人</div>
      <empty-state v-if="!people.length" text="请先填写实名信息或添加就诊人"></empty-state>
      <label v-for="p in people" :key="p.id" class="check">
        <input type="radio" name="patient" :value="p.id" v-model="chosen.patient_id" :data-patient="p.id">
        {{ p.name }} <span class="tag">{{ p.mine ? p.relation : (p.relation && p.relation !== '本人' ? p.relation : '家庭成员') }}</span>
        <span v-if="!p.mine" class="muted">（家庭成员授权）</span>
      </label>
    </div>
    <div v-if="chosen.patient_id" class="card" data-book-institution>
      <div class="card-title">医疗机构</div>
      <empty-state v-if="!institutions.length" text="暂无开放预约的医疗机构"></empty-state>
      <div class="sup-chips">
        <button v-for="i in institutions" :key="i.id" type="button" class="sup-chip" :class="{on: chosen.institution_id === i.id}"
                :data-institution="i.id" @click="pickInstitution(i.id)">{{ i.name }}</button>
      </div>
    </div>
    <div v-if="chosen.institution_id" class="card" data-book-department>
      <div class="card-title">科室</div>
      <div class="sup-chips">
        <button v-for="d in departments" :key="d.code" type="button" class="sup-chip" :class="{on: chosen.department_code === d.code}"
                :data-department="d.code" @click="pickDepartment(d.code)">{{ d.name }}</button>
      </div>
    </div>
    <div v-if="chosen.department_code" class="card" data-book-doctor>
      <div class="card-title">医生</div>
      <empty-state v-if="!doctors.length && !busy" text="该科室暂无可预约医生"></empty-state>
      <label v-for="d in doctors" :key="d.code" class="check">
        <input type="radio" name="doctor" :value="d.code" :checked="chosen.doctor_code === d.code" :data-doctor="d.code"
               @change="pickDoctor(d.code)">
        {{ d.name }} <span class="tag">{{ d.title }}</span> <span class="muted one-line">{{ d.speciality }}</span>
      </label>
    </div>
    <div v-if="chosen.doctor_code" class="card" data-book-slots>
      <div class="card-title">就诊日期与时段</div>
      <div class="tabs">
        <button v-for="d in days" :key="d.iso" type="button" :class="{active: chosen.day === d.iso}" :data-day="d.iso"
                @click="pickDay(d.iso)">{{ d.label }} {{ d.short }}</button>
      </div>
      <loading-state v-if="slots === null && busy"></loading-state>
      <empty-state v-if="slots && !slots.length" text="当天暂无可预约时段"></empty-state>
      <label v-for="s in slots || []" :key="s.id" class="check" :class="{handled: !s.remaining}">
        <input type="radio" name="slot" :value="s.id" v-model="chosen.slot_id" :disabled="!s.remaining" :data-slot="s.id">
        {{ s.starts }}-{{ s.ends }} <span class="muted">余号 {{ s.remaining }}</span>
        <span v-if="s.fee_fen" class="muted">挂号费 ¥{{ yuan(s.fee_fen) }}</span>
      </label>
    </div>
    <button v-if="chosen.slot_id" type="button" class="btn btn-primary btn-block" data-book :disabled="busy" @click="book">确认预约</button>
  </div>`,
};

export const MyBookingsScreen = {
  name: 'MyBookingsScreen',
  setup() {
    const items = ref(null);
    const {busy, error, run} = useCall();
    async function load() {
      await run(async () => { items.value = (await api.get(A)).items; });
    }
    async function cancel(b) {
      if (!await confirmDialog(`取消 ${b.patient.name || ''} 在 ${b.institution_name} ${b.department} 的预约？`,
                               {ok: '取消预约', cancel: '不取消'})) return;
      if (await run(() => api.post(`${A}/${b.visit_id}/cancel`))) {
        showToast('已取消预约');
        await load();
      }
    }
    onMounted(load);
    return {items, busy, error, cancel, when, yuan};
  },
  template: `
  <div class="page family-bookings">
    <error-banner :error="error"></error-banner>
    <a class="btn btn-primary btn-block" href="#/family/booking">预约门诊</a>
    <loading-state v-if="items === null && !error"></loading-state>
    <empty-state v-if="items && !items.length" text="还没有门诊预约"></empty-state>
    <div v-for="b in items || []" :key="b.visit_id" class="card" :data-booking="b.visit_id">
      <div class="card-title">{{ b.institution_name }} · {{ b.department }} <span class="tag" data-state>{{ b.state_text }}</span></div>
      <div class="muted">就诊人 <span data-patient-name>{{ b.patient.name }}</span> · {{ b.doctor }}</div>
      <div class="li-sub">{{ b.day }} {{ b.time }}<span v-if="b.number"> · {{ b.number }}号</span><span v-if="b.location"> · {{ b.location }}</span></div>
      <div v-if="b.fee_fen" class="li-sub">挂号费 ¥{{ yuan(b.fee_fen) }}</div>
      <div v-if="b.booked_by_me && !b.mine" class="muted" data-booked-for>由您代为预约</div>
      <button v-if="b.cancellable" type="button" class="btn btn-block" data-cancel :disabled="busy" @click="cancel(b)">取消预约</button>
    </div>
  </div>`,
};
