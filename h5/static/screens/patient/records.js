/* 一键式病案服务, patient side (seed 003): my requests by state with counts, the request (for
   myself, a 就诊人, or a family member who granted me 病案复印 to act), the identity check with
   the ID card photo and a live frame from the camera, the archived stays the HIS finds, the
   form, payment where the institution charges, the tracking timeline and the download.
   Every refusal (no grant, failed face check, no archived records, expired copy) is the
   server's message on the screen. */
import {ref, reactive, computed, onMounted, onUnmounted} from 'vue';
import {showToast} from '../../ui.js';
import {go, setTitle} from '../../nav.js';
import {MP, BFF, api, upload, useCall, wechatPay, when, yuan} from './lib.js';
// The client's one camera module (front camera into a <video>, a frame out as JPEG).
import {Camera} from '../../camera.js';

const stateStyle = (r) => ({background: r.state_color, color: '#fff'});

export const RecordsScreen = {
  name: 'RecordsScreen',
  setup() {
    const home = ref(null);
    const group = ref('');
    const items = ref([]);
    const {error, run} = useCall();
    async function load() {
      await run(async () => {
        home.value = await api.get(`${BFF}/records/home`);
        items.value = group.value
          ? (await api.get(`${MP}/records/requests?state=${group.value}&page_size=50`)).items : home.value.recent;
      });
    }
    function choose(key) {
      group.value = group.value === key ? '' : key;
      load();
    }
    onMounted(load);
    return {home, group, items, error, choose, stateStyle, when, yuan};
  },
  template: `
  <div class="page records">
    <error-banner :error="error"></error-banner>
    <template v-if="home">
      <div class="card intro">
        <div class="card-title">一键病案</div>
        <p class="muted">出院后可在线申请病案复印：身份核验、查询归档病案、提交申请，审核通过后在线下载。</p>
        <a class="btn btn-primary btn-block" href="#/records/new" data-new-request>申请病案复印</a>
      </div>
      <nav class="tabs" data-groups>
        <button v-for="g in home.groups" :key="g.key" type="button" :class="{active: group === g.key}"
                :data-group="g.key" @click="choose(g.key)">{{ g.label }} <b>{{ g.count }}</b></button>
      </nav>
      <empty-state v-if="!items.length" text="没有申请"></empty-state>
      <div class="list" data-requests>
        <list-item v-for="r in items" :key="r.id" :data-request="r.id" :to="'#/records/requests/' + r.id"
                   :title="r.institution" :sub="r.number + ' · 就诊人 ' + r.patient_name + (r.on_behalf ? '（代办）' : '')">
          <div class="li-sub"><span class="state" :style="stateStyle(r)" data-state>{{ r.state_label }}</span>
            {{ r.purpose_label }} · {{ when(r.created_at) }}</div>
        </list-item>
      </div>
    </template>
  </div>`,
};

export const RecordFormScreen = {
  name: 'RecordFormScreen',
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const step = ref('who');
    const people = ref([]);
    const institutions = ref([]);
    const chosen = reactive({patient_id: null, institution_id: null});
    const idCard = reactive({name: '', id_number: '', photo: null});
    const face = ref(null);          // the captured JPEG
    const faceUrl = ref('');
    const cameraOn = ref(false);
    const video = ref(null);
    const check = ref(null);         // the identity check's answer
    const found = ref(null);         // archived stays and form options
    const form = reactive({admission_ids: [], purpose: '', contents: [], delivery: 'download',
                           recipient: '', phone: '', address: ''});
    const {busy, error, run} = useCall();
    const camera = new Camera();

    const patient = computed(() => people.value.find((p) => p.id === chosen.patient_id));
    const institution = computed(() => institutions.value.find((i) => i.id === chosen.institution_id));

    async function load() {
      await run(async () => {
        const [reach, insts] = await Promise.all([
          api.get(`${MP}/patients/reachable?scope=record_requests&act=true`), api.get(`${MP}/records/institutions`)]);
        people.value = reach.items;
        institutions.value = insts.items;
        const wanted = Number(props.query && props.query.patient) || null;
        if (wanted && !people.value.some((p) => p.id === wanted)) {
          // Someone's member page led here; whether they may act for this person is the server's call.
          people.value.push({id: wanted, name: '所选家庭成员', relation: '家庭成员', mine: false});
        }
        chosen.patient_id = wanted || (people.value[0] && people.value[0].id) || null;
        chosen.institution_id = institutions.value.length === 1 ? institutions.value[0].id : null;
      });
    }
    function toIdentity() {
      check.value = null;
      step.value = 'identity';
    }
    function pickIdPhoto(event) {
      idCard.photo = event.target.files[0] || null;
    }
    async function startCamera() {
      await run(async () => {
        await camera.start(video.value);
        cameraOn.value = true;
      });
    }
    async function shoot() {
      await run(async () => {
        face.value = await camera.capture(0.92);
        if (faceUrl.value) URL.revokeObjectURL(faceUrl.value);
        faceUrl.value = URL.createObjectURL(face.value);
        camera.stop();
        cameraOn.value = false;
      });
    }
    async function verify() {
      if (!idCard.photo || !face.value) {
        error.value = !idCard.photo ? '请拍摄或选择身份证人像面照片' : '请开启摄像头拍摄本人正脸照片';
        return;
      }
      const answer = await run(() => upload(`${MP}/records/identity-checks`, {
        patient_id: chosen.patient_id, name: idCard.name, id_number: idCard.id_number,
        id_photo: idCard.photo, face_photo: face.value}));
      if (!answer) return;
      check.value = answer;
      if (!answer.passed) {
        error.value = answer.message;
        return;
      }
      const stays = await run(() => api.get(
        `${MP}/records/institutions/${chosen.institution_id}/admissions?patient_id=${chosen.patient_id}`));
      if (!stays) return;
      found.value = stays;
      form.admission_ids = stays.admissions.length ? [stays.admissions[0].id] : [];
      form.purpose = stays.purposes.length ? stays.purposes[0].code : '';
      form.contents = stays.contents.length ? [stays.contents[0].code] : [];
      step.value = 'form';
    }
    async function submit() {
      const body = {institution_id: chosen.institution_id, patient_id: chosen.patient_id,
                    identity_check_id: check.value.id, admission_ids: form.admission_ids, purpose: form.purpose,
                    contents: form.contents, delivery: form.delivery};
      if (form.delivery === 'mail') {
        body.delivery_detail = {recipient: form.recipient, phone: form.phone, address: form.address};
      }
      const made = await run(() => api.post(`${MP}/records/requests`, body));
      if (made) go(`/records/requests/${made.id}`);
    }
    onMounted(load);
    onUnmounted(() => { camera.stop(); if (faceUrl.value) URL.revokeObjectURL(faceUrl.value); });
    return {step, people, institutions, chosen, idCard, face, faceUrl, cameraOn, video, check, found, form, busy,
            error, patient, institution, toIdentity, pickIdPhoto, startCamera, shoot, verify, submit, yuan};
  },
  template: `
  <div class="page record-form">
    <ol class="steps"><li :class="{active: step === 'who'}">选择</li><li :class="{active: step === 'identity'}">身份核验</li>
      <li :class="{active: step === 'form'}">填写申请</li></ol>
    <error-banner :error="error"></error-banner>

    <form v-if="step === 'who'" class="card" data-step="who" @submit.prevent="toIdentity">
      <fieldset><legend>为谁申请</legend>
        <label v-for="p in people" :key="p.id" class="check">
          <input type="radio" name="patient" :value="p.id" v-model="chosen.patient_id" :data-patient="p.id">
          {{ p.name }} <span class="tag">{{ p.is_self ? '本人' : p.relation }}</span>
          <span v-if="!p.mine" class="tag">家庭成员授权</span></label>
        <p class="muted">家庭成员授权您“病案复印”并允许代办后，可以为TA申请。</p>
      </fieldset>
      <form-field label="医疗机构"><select v-model="chosen.institution_id" name="institution" required>
        <option :value="null" disabled>请选择</option>
        <option v-for="i in institutions" :key="i.id" :value="i.id">{{ i.name }}</option></select></form-field>
      <p v-if="institution" class="muted">{{ institution.notice }} 复印费用 {{ yuan(institution.fee_cents) }} 元。</p>
      <button class="btn btn-primary btn-block" :disabled="!chosen.patient_id || !chosen.institution_id">下一步：身份核验</button>
    </form>

    <form v-if="step === 'identity'" class="card" data-step="identity" @submit.prevent="verify">
      <div class="card-title">核验 {{ patient && patient.name }} 的身份</div>
      <p class="muted">请按身份证填写，并拍摄身份证人像面；再由本人正对摄像头拍摄一张照片。</p>
      <form-field label="身份证上的姓名"><input v-model="idCard.name" name="card_name" maxlength="32" required></form-field>
      <form-field label="身份证号"><input v-model="idCard.id_number" name="card_id_number" maxlength="18" required autocomplete="off"></form-field>
      <form-field label="身份证人像面照片"><input type="file" accept="image/*" capture="environment" name="id_photo" @change="pickIdPhoto"></form-field>
      <div class="camera">
        <video ref="video" v-show="cameraOn" autoplay muted playsinline data-camera></video>
        <img v-if="faceUrl && !cameraOn" :src="faceUrl" alt="现场照片" data-face-preview>
        <button v-if="!cameraOn" type="button" class="btn" data-camera-start @click="startCamera">{{ face ? '重新拍摄' : '开启摄像头' }}</button>
        <button v-else type="button" class="btn btn-primary" data-camera-shoot @click="shoot">拍照</button>
      </div>
      <ul v-if="check && !check.passed" class="problems" data-problems>
        <li v-for="p in check.problems" :key="p.code" :data-problem="p.code">{{ p.message }}</li></ul>
      <button class="btn btn-primary btn-block" data-verify :disabled="busy">{{ busy ? '核验中…' : '提交核验' }}</button>
      <button type="button" class="btn btn-block" @click="step = 'who'">上一步</button>
    </form>

    <form v-if="step === 'form' && found" class="card" data-step="form" @submit.prevent="submit">
      <p class="notice" data-identity-passed>{{ check.message }}</p>
      <div class="card-title">{{ found.institution.name }} · {{ found.patient.name }}</div>
      <fieldset data-admissions><legend>住院记录（已归档）</legend>
        <label v-for="a in found.admissions" :key="a.id" class="check">
          <input type="checkbox" :value="a.id" v-model="form.admission_ids" :data-admission="a.id">
          {{ a.department }} {{ a.admitted_on }} 至 {{ a.discharged_on || '—' }} <span class="muted">{{ a.diagnosis }}</span></label>
      </fieldset>
      <form-field label="复印用途"><select v-model="form.purpose" name="purpose">
        <option v-for="p in found.purposes" :key="p.code" :value="p.code">{{ p.label }}</option></select></form-field>
      <fieldset><legend>复印内容</legend>
        <label v-for="c in found.contents" :key="c.code" class="check">
          <input type="checkbox" :value="c.code" v-model="form.contents" :name="'content_' + c.code"> {{ c.label }}</label>
      </fieldset>
      <fieldset><legend>领取方式</legend>
        <label v-for="d in found.deliveries" :key="d.code" class="check">
          <input type="radio" name="delivery" :value="d.code" v-model="form.delivery"> {{ d.label }}</label>
      </fieldset>
      <template v-if="form.delivery === 'mail'">
        <form-field label="收件人"><input v-model="form.recipient" name="recipient" maxlength="32"></form-field>
        <form-field label="电话"><input v-model="form.phone" name="mail_phone" maxlength="11" inputmode="tel"></form-field>
        <form-field label="地址"><input v-model="form.address" name="address" maxlength="200"></form-field>
      </template>
      <p v-if="found.institution.fee_cents" class="muted">审核通过后需支付复印费用 {{ yuan(found.institution.fee_cents) }} 元。</p>
      <button class="btn btn-primary btn-block" data-submit :disabled="busy || !form.admission_ids.length || !form.contents.length">提交申请</button>
    </form>
  </div>`,
};

export const RecordDetailScreen = {
  name: 'RecordDetailScreen',
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const req = ref(null);
    const {busy, error, run} = useCall();
    const id = () => Number(props.params.id);
    async function load() {
      await run(async () => {
        req.value = await api.get(`${MP}/records/requests/${id()}`);
        setTitle(`病案复印 ${req.value.state_label}`);
      });
    }
    async function pay() {
      const answer = await run(async () => {
        const started = await api.post(`${MP}/records/requests/${id()}/pay`, {channel: 'h5'});
        await wechatPay(started.payment);
        // Paid at WeChat Pay: the server asks it now rather than wait for its notification.
        return api.post(`${MP}/records/requests/${id()}/pay/confirm`);
      });
      if (answer) {
        await load();
        showToast(answer.paid ? '支付成功，病案室正在准备复印件' : '支付结果确认中，请稍后刷新');
      }
    }
    async function download() {
      const done = await run(async () => {
        const link = await api.post(`${MP}/records/requests/${id()}/download-link`);
        // A signed link needs no token; fetched here so that a refusal (expired copy) shows its message.
        const answer = await fetch(link.url, {credentials: 'omit', referrerPolicy: 'no-referrer'});
        if (!answer.ok) {
          const body = await answer.json().catch(() => ({}));
          throw new Error(body.message || '下载失败，请稍后重试');
        }
        const url = URL.createObjectURL(await answer.blob());
        const a = document.createElement('a');
        a.href = url;
        a.download = `${req.value.number}.pdf`;
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60000);
        return true;
      });
      if (done) {
        showToast('复印件已下载（每页带有下载人、时间和申请号水印）');
        await load();
      }
    }
    onMounted(load);
    return {req, busy, error, pay, download, stateStyle, when, yuan};
  },
  template: `
  <div class="page record-detail">
    <error-banner :error="error"></error-banner>
    <template v-if="req">
      <div class="card">
        <div class="card-title">{{ req.institution }} <span class="state" :style="stateStyle(req)" data-state>{{ req.state_label }}</span></div>
        <dl class="facts">
          <dt>申请号</dt><dd data-number>{{ req.number }}</dd>
          <dt>就诊人</dt><dd>{{ req.patient_name }}<span v-if="req.on_behalf">（代办）</span></dd>
          <dt>用途</dt><dd>{{ req.purpose_label }}</dd>
          <dt>复印内容</dt><dd>{{ req.contents.map(c => c.label).join('、') }}</dd>
          <dt>住院记录</dt><dd><div v-for="a in req.admissions" :key="a.id">{{ a.department }} {{ a.admitted_on }}</div></dd>
          <dt>领取方式</dt><dd>{{ req.delivery_label }}</dd>
          <dt v-if="req.fee_cents">费用</dt><dd v-if="req.fee_cents">{{ yuan(req.fee_cents) }} 元<span v-if="req.paid_at">（已支付）</span></dd>
          <dt v-if="req.reason">原因</dt><dd v-if="req.reason" data-reason>{{ req.reason }}</dd>
          <dt v-if="req.expires_at">下载期限</dt><dd v-if="req.expires_at">{{ when(req.expires_at) }}</dd>
        </dl>
        <button v-if="req.can_pay" type="button" class="btn btn-primary btn-block" data-pay :disabled="busy" @click="pay">支付 {{ yuan(req.fee_cents) }} 元</button>
        <button v-if="req.can_download" type="button" class="btn btn-primary btn-block" data-download :disabled="busy" @click="download">下载复印件</button>
      </div>
      <div class="card">
        <div class="card-title">进度</div>
        <ol class="timeline" data-timeline>
          <li v-for="(e, i) in req.timeline" :key="i" :data-to="e.to_state">
            <b>{{ e.label }}</b> <span class="muted">{{ when(e.at) }}</span><div>{{ e.note }}</div></li>
        </ol>
      </div>
      <a class="btn btn-block" href="#/records">返回我的申请</a>
    </template>
  </div>`,
};
