/* 我的处方 (seed 004 居民移动端 19 电子处方, 5 诊疗记录): the prescriptions of the account's own 就诊人
   and of family members whose grant covers consultations (the server decides and audits a relative's
   read), and one prescription: the doctor's record, the diagnoses, every drug with its usage in plain
   words, the doctor's electronic signature as the server verified it when answering (valid, or
   refused: a prescription changed after signing is never offered for purchase), and its timeline as
   the patient sees it. From here an approved prescription is bought (#/rx/prescriptions/<id>/buy) or
   its order opened. #/rx/prescriptions/<id> is the link of the server's prescription messages. */
import {ref, computed, onMounted} from 'vue';
import {setTitle} from '../../nav.js';
import {MP, api, useCall, when, yuan} from '../patient/lib.js';
import {RX, PHARMACY, usageText, stepLabel, routeText, rxStateClass, orderStateClass} from './lib.js';

const nameOf = (p) => (p.patient && p.patient.name) || p.patient_name || '';
const doctorOf = (p) => (p.doctor && p.doctor.name) || p.doctor_name || '';
const diagnosesOf = (p) => (p.diagnoses || []).map((d) => (typeof d === 'string' ? d : d.name)).join('；');

// Why a signature is not valid, as core/signing's verification names it.
const REFUSALS = {
  altered: '处方内容在医生签名后被改动，已停止使用，请联系医生',
  bad_signature: '签名与医生证书不符，已停止使用，请联系医生',
  revoked: '医生的签名证书已注销，请联系医生',
  missing: '未找到医生的签名，请联系医生', unsigned: '医生尚未签名',
};
const refusal = (sig) => REFUSALS[sig.reason] || sig.reason || '请联系医生';

// ------------------------------------------------------------------ the list

export const PrescriptionsScreen = {
  name: 'RxPrescriptionsScreen',
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const patients = ref([]);
    const patient = ref(Number(props.query && props.query.patient_id) || '');
    const items = ref(null);
    const {error, run} = useCall();
    async function load() {
      await run(async () => {
        items.value = (await api.get(`${RX}/prescriptions${patient.value ? '?patient_id=' + patient.value : ''}`)).items;
      });
    }
    onMounted(async () => {
      await run(async () => {
        patients.value = (await api.get(`${MP}/patients/reachable?scope=consultations`)).items;
      });
      await load();
    });
    return {patients, patient, items, error, load, when, yuan, nameOf, doctorOf, diagnosesOf, rxStateClass};
  },
  template: `
  <div class="page rx rx-prescriptions">
    <div class="card msg-bar">
      <a class="btn btn-plain" href="#/rx/orders" data-orders-link>药品订单</a>
      <a class="btn btn-plain" href="#/rx/addresses" data-addresses-link>收货地址</a>
      <a class="btn btn-plain" href="#/rx/invoices" data-invoices-link>电子发票</a>
    </div>
    <div class="card" v-if="patients.length">
      <form-field label="就诊人">
        <select v-model="patient" @change="load" data-rx-patient>
          <option value="">我的就诊人（全部）</option>
          <option v-for="p in patients" :key="p.id" :value="p.id">{{ p.name }}（{{ p.mine ? p.relation : p.relation + '，家庭成员授权' }}）</option>
        </select>
      </form-field>
    </div>
    <error-banner :error="error"></error-banner>
    <loading-state v-if="items === null && !error"></loading-state>
    <empty-state v-if="items && !items.length" text="暂无处方"></empty-state>
    <div v-if="items" class="list" data-prescriptions>
      <a v-for="p in items" :key="p.id" class="card rx-card" :href="'#/rx/prescriptions/' + p.id" :data-prescription="p.id">
        <div class="card-title">{{ p.kind_label || '处方' }} <span class="muted">{{ p.number }}</span>
          <span class="tag" :class="rxStateClass(p.state)" data-state>{{ p.state_label || p.state }}</span>
          <span v-if="p.can_buy" class="tag tag-warn" data-can-buy>待购药</span></div>
        <div class="muted">就诊人 {{ nameOf(p) }} · {{ doctorOf(p) }} · {{ p.department_name }}</div>
        <div v-if="p.drugs" data-drugs>{{ p.drugs }}</div>
        <div v-if="p.diagnoses && p.diagnoses.length">诊断：{{ diagnosesOf(p) }}</div>
        <div class="muted">{{ p.institution_name }} · {{ when(p.signed_at || p.created_at) }}<span v-if="p.total_fen"> · ¥{{ yuan(p.total_fen) }}</span></div>
      </a>
    </div>
  </div>`,
};

// ------------------------------------------------------------------ one prescription

export const PrescriptionScreen = {
  name: 'RxPrescriptionScreen',
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const rx = ref(null);
    const order = ref(null);  // its medicine order, when one was placed
    const {error, run} = useCall();
    const signature = computed(() => (rx.value && rx.value.signature) || null);
    // Bought once: again only after that order was cancelled (the pharmacy takes it up with the new choice).
    const canBuy = computed(() => rx.value && rx.value.can_buy && (!signature.value || signature.value.valid)
                                  && (!order.value || order.value.state === 'cancelled'));
    onMounted(() => run(async () => {
      rx.value = await api.get(`${RX}/prescriptions/${Number(props.params.id)}`);
      setTitle(`${rx.value.kind_label || '处方'} · ${rx.value.state_label || ''}`);
      if (rx.value.order_id) order.value = await api.get(`${PHARMACY}/orders/${rx.value.order_id}`);
    }));
    return {rx, order, error, signature, canBuy, refusal, orderStateClass, when, yuan, usageText, stepLabel, routeText, nameOf, doctorOf,
            rxStateClass};
  },
  template: `
  <div class="page rx rx-prescription">
    <error-banner :error="error"></error-banner>
    <loading-state v-if="!rx && !error"></loading-state>
    <template v-if="rx">
      <section class="card" :data-prescription-detail="rx.id">
        <div class="card-title">{{ rx.kind_label || '处方' }}
          <span class="tag" :class="rxStateClass(rx.state)" data-state>{{ rx.state_label || rx.state }}</span></div>
        <dl class="facts">
          <dt>处方号</dt><dd data-number>{{ rx.number }}</dd>
          <dt>就诊人</dt><dd data-patient>{{ nameOf(rx) }} {{ rx.sex }}<span v-if="rx.age_label"> {{ rx.age_label }}</span></dd>
          <dt>医生</dt><dd>{{ doctorOf(rx) }} · {{ rx.department_name }}</dd>
          <dt>医院</dt><dd>{{ rx.institution_name }}</dd>
          <template v-if="rx.signed_at"><dt>开方时间</dt><dd>{{ when(rx.signed_at) }}</dd></template>
          <template v-if="rx.valid_until && rx.can_buy"><dt>有效期至</dt><dd data-valid-until>{{ when(rx.valid_until) }}</dd></template>
          <template v-if="rx.total_fen"><dt>药品金额</dt><dd data-total>¥{{ yuan(rx.total_fen) }}</dd></template>
        </dl>
        <div v-if="signature" class="rx-signature" :class="signature.valid ? 'ok' : 'bad'" data-signature
             :data-valid="signature.valid ? 'yes' : 'no'">
          <template v-if="signature.valid">✔ 电子签名有效 <span class="muted">{{ signature.signer || signature.signer_name }} · {{ when(signature.signed_at) }}</span></template>
          <template v-else>✖ 电子签名校验未通过：{{ refusal(signature) }}</template>
        </div>
        <a v-if="canBuy" class="btn btn-primary btn-block" :href="'#/rx/prescriptions/' + rx.id + '/buy'" data-buy>去购药</a>
        <a v-if="order" class="btn btn-block" :href="'#/rx/orders/' + order.id" data-order-link>药品订单
          <span class="tag" :class="orderStateClass(order.state)" data-order-state>{{ order.state_label }}</span></a>
      </section>

      <section class="card" data-diagnoses>
        <div class="card-title">诊断</div>
        <ul class="plain-list">
          <li v-for="d in rx.diagnoses" :key="d.code || d">{{ d.name || d }} <span v-if="d.code" class="muted">{{ d.code }}</span></li>
        </ul>
      </section>

      <section class="card" data-items>
        <div class="card-title">药品与用法</div>
        <div v-for="it in rx.items" :key="it.seq" class="rx-item" :data-item="it.seq">
          <div class="rx-drug"><b>{{ it.drug_name }}</b> <span class="muted">{{ it.strength }} {{ it.form }}</span>
            <span class="rx-qty">× {{ it.quantity }}{{ it.unit }}</span></div>
          <div class="rx-usage" data-usage>{{ usageText(it) }}</div>
          <div class="muted">{{ routeText(it) }}<span v-if="it.days"> · 共{{ it.days }}天</span><span v-if="it.amount_fen"> · ¥{{ yuan(it.amount_fen) }}</span></div>
        </div>
        <p v-if="rx.herbal_doses || rx.herbal_usage" class="notice">共 {{ rx.herbal_doses }} 剂 · {{ rx.herbal_usage }}</p>
        <p v-if="rx.note" class="notice pre-line" data-note>医生嘱托：{{ rx.note }}</p>
      </section>

      <section v-if="rx.record" class="card" data-record>
        <div class="card-title">诊疗记录</div>
        <dl class="facts">
          <template v-if="rx.record.chief_complaint"><dt>主诉</dt><dd>{{ rx.record.chief_complaint }}</dd></template>
          <template v-if="rx.record.present_history"><dt>现病史</dt><dd class="pre-line">{{ rx.record.present_history }}</dd></template>
          <template v-if="rx.record.past_history"><dt>既往史</dt><dd class="pre-line">{{ rx.record.past_history }}</dd></template>
          <template v-if="rx.record.diagnosis && rx.record.diagnosis.length"><dt>诊断</dt><dd>{{ rx.record.diagnosis.join('；') }}</dd></template>
          <template v-if="rx.record.advice"><dt>医嘱</dt><dd class="pre-line" data-advice>{{ rx.record.advice }}</dd></template>
          <template v-if="rx.record.doctor_name"><dt>医生</dt><dd>{{ rx.record.doctor_name }} · {{ when(rx.record.signed_at) }}</dd></template>
        </dl>
        <p v-if="rx.record.signature_valid !== undefined" class="muted" data-record-signature
           :data-valid="rx.record.signature_valid ? 'yes' : 'no'">{{ rx.record.signature_valid ? '✔ 病历电子签名有效' : '✖ 病历电子签名校验未通过，内容可能已被改动' }}</p>
      </section>

      <section class="card">
        <div class="card-title">处方进度</div>
        <ol class="timeline" data-timeline>
          <li v-for="(e, i) in rx.timeline" :key="i" :data-event="e.event">
            <b>{{ stepLabel(e) }}</b> <span class="muted">{{ when(e.at) }}</span>
            <div v-if="e.actor_name || e.note">{{ e.actor_name }}<span v-if="e.actor_name && e.note">：</span>{{ e.note }}</div></li>
        </ol>
      </section>
      <a class="btn btn-block" href="#/rx/prescriptions">我的处方</a>
    </template>
  </div>`,
};
