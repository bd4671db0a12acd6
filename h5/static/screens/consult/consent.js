/* 知情同意书: the current version (fees, notices) to read and accept before the first
   consultation order; accepting records the version and the time on the server. Opened from a
   doctor page, it goes back there once accepted; opened on the way to an order (`next=order`, from
   the doctor's 问诊 button or the order form refused with doctors.consent_required), it goes on to
   the order form, which kept what was typed. */
import {ref, onMounted} from 'vue';
import {showToast} from '../../ui.js';
import {go} from '../../nav.js';
import {MP, api, useCall, when} from '../patient/lib.js';

export const ConsentScreen = {
  name: 'ConsentScreen',
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const consent = ref(null);
    const read = ref(false);
    const {busy, error, run} = useCall();
    const doctor = Number(props.query && props.query.doctor) || null;
    const toOrder = props.query && props.query.next === 'order';
    onMounted(() => run(async () => { consent.value = await api.get(`${MP}/doctors/consent`); }));
    async function accept() {
      const answer = await run(() => api.post(`${MP}/doctors/consent`, {version: consent.value.version}));
      if (!answer) return;
      consent.value = answer;
      showToast('已同意知情同意书');
      const kind = props.query && props.query.kind === 'video' ? '&kind=video' : '';
      if (doctor) go(toOrder ? `/consult/order?doctor=${doctor}${kind}` : `/consult/doctors/${doctor}`);
    }
    return {consent, read, busy, error, accept, when, doctor, toOrder};
  },
  template: `
  <div class="page consult consent">
    <error-banner :error="error"></error-banner>
    <loading-state v-if="!consent && !error"></loading-state>
    <template v-if="consent">
      <section class="card" :data-consent="consent.version">
        <div class="card-title">{{ consent.title }}（第 {{ consent.version }} 版）</div>
        <h3 class="group-title">收费标准</h3>
        <p class="doctor-text">{{ consent.fees }}</p>
        <h3 class="group-title">患者须知</h3>
        <p class="doctor-text">{{ consent.body }}</p>
      </section>
      <div v-if="consent.accepted" class="notice" data-accepted>您已于 {{ when(consent.accepted_at) }} 同意本版本。
        <a v-if="doctor && toOrder" :href="'#/consult/order?doctor=' + doctor">继续填写问诊单</a></div>
      <template v-else>
        <label class="check consent-check"><input type="checkbox" v-model="read" data-read> 我已阅读并同意以上内容</label>
        <button class="btn btn-primary btn-block" type="button" :disabled="!read || busy" data-accept @click="accept">同意并继续</button>
      </template>
    </template>
  </div>`,
};
