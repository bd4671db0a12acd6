/* 实名信息 and 就诊人 (seed 003 患者身份信息认证; seed 004 就诊人管理), and "who looked at my data"
   (家庭健康管理 隐私授权管理). ID and phone numbers are shown as the server masks them.
   Adding a 就诊人 (seed 004 短信验证, 身份证OCR): the phone given receives an SMS code (the button
   counts down the server's resend_in), and a photo of the ID card's front, scaled down on the
   phone, is read by the server, which answers the name and number to fill in; the person checks
   and corrects them before adding. The photo is not shown anywhere nor kept. */
import {ref, reactive, computed, onMounted, onUnmounted} from 'vue';
import {confirmDialog, showToast} from '../../ui.js';
import {MP, api, upload, useCall, when, accessText, scaledPhoto, RELATIONS} from './lib.js';

const MOBILE = /^1[3-9]\d{9}$/;

export const MeScreen = {
  name: 'MeScreen',
  setup() {
    const identity = ref(null);
    const patients = ref([]);
    const loaded = ref(false);
    const editing = ref(false);
    const adding = ref(false);
    const form = reactive({name: '', id_number: '', phone: ''});
    const person = reactive({name: '', id_number: '', phone: '', sms_code: '', relation: '父母'});
    const {busy, error, run} = useCall();
    const resendIn = ref(0); // seconds before another code may be asked for
    const codeSentTo = ref('');
    const reading = ref(false);
    const readNote = ref('');
    let ticker = null;

    async function load() {
      await run(async () => {
        identity.value = (await api.get(`${MP}/me/identity`)).identity;
        patients.value = identity.value ? (await api.get(`${MP}/patients`)).items : [];
        editing.value = !identity.value;
        loaded.value = true;
      });
    }
    async function saveIdentity() {
      if (await run(() => api.put(`${MP}/me/identity`, {...form}))) {
        showToast('实名信息已保存');
        await load();
      }
    }
    function edit() {
      Object.assign(form, {name: '', id_number: '', phone: ''});
      editing.value = true;
    }
    function countDown(seconds) {
      resendIn.value = seconds;
      clearInterval(ticker);
      ticker = setInterval(() => {
        resendIn.value = Math.max(0, resendIn.value - 1);
        if (!resendIn.value) clearInterval(ticker);
      }, 1000);
    }
    const canSend = computed(() => MOBILE.test(person.phone) && !resendIn.value && !busy.value);
    async function sendCode() {
      try {
        busy.value = true;
        error.value = null;
        const sent = await api.post(`${MP}/sms/codes`, {phone: person.phone, purpose: 'patient'});
        codeSentTo.value = sent.phone;
        countDown(sent.resend_in);
      } catch (e) {
        error.value = e;
        if (e.details && e.details.retry_after) countDown(e.details.retry_after);
      } finally {
        busy.value = false;
      }
    }
    async function readCard(event) {
      const file = event.target.files[0];
      event.target.value = ''; // the same photo may be picked again
      if (!file) return;
      readNote.value = '';
      reading.value = true;
      const read = await run(async () => upload(`${MP}/patients/id-card`, {photo: await scaledPhoto(file)}));
      reading.value = false;
      if (!read) return;
      if (read.name) person.name = read.name;
      if (read.id_number) person.id_number = read.id_number;
      readNote.value = read.name && read.id_number ? '已识别身份证信息，请核对姓名和身份证号'
        : '只识别出部分信息，请核对并补全';
    }
    function closeForm() {
      Object.assign(person, {name: '', id_number: '', phone: '', sms_code: '', relation: '父母'});
      readNote.value = '';
      codeSentTo.value = '';
      adding.value = false;
    }
    async function addPatient() {
      const added = await run(() => api.post(`${MP}/patients`, {...person}));
      if (added) {
        showToast(`已添加就诊人 ${added.name}`);
        closeForm();
        await load();
      }
    }
    async function remove(p) {
      if (!await confirmDialog(`删除就诊人 ${p.name}？`)) return;
      if (await run(() => api.del(`${MP}/patients/${p.id}`))) await load();
    }
    onMounted(load);
    onUnmounted(() => clearInterval(ticker));
    return {identity, patients, loaded, editing, adding, form, person, busy, error, RELATIONS, resendIn,
            codeSentTo, canSend, reading, readNote, saveIdentity, edit, sendCode, readCard, closeForm,
            addPatient, remove};
  },
  template: `
  <div class="page patient-me">
    <error-banner :error="error"></error-banner>
    <loading-state v-if="!loaded && !error"></loading-state>
    <div v-if="identity && !editing" class="card" data-identity>
      <div class="card-title">本人实名信息 <span v-if="identity.verified" class="tag tag-ok">已核验</span></div>
      <dl class="facts">
        <dt>姓名</dt><dd data-name>{{ identity.name }}</dd>
        <dt>身份证号</dt><dd data-id-number>{{ identity.id_number }}</dd>
        <dt>手机号</dt><dd data-phone>{{ identity.phone }}</dd>
        <dt>性别/年龄</dt><dd>{{ identity.gender }} {{ identity.age }}岁</dd>
      </dl>
      <button type="button" class="btn btn-block" @click="edit">修改实名信息</button>
    </div>
    <form v-if="loaded && editing" class="card" data-identity-form @submit.prevent="saveIdentity">
      <div class="card-title">{{ identity ? '修改实名信息' : '填写实名信息' }}</div>
      <p class="muted">办理病案复印、家庭授权等服务需要先完成实名信息。</p>
      <form-field label="姓名"><input v-model="form.name" name="name" maxlength="32" required></form-field>
      <form-field label="身份证号"><input v-model="form.id_number" name="id_number" maxlength="18" required autocomplete="off"></form-field>
      <form-field label="手机号"><input v-model="form.phone" name="phone" maxlength="11" inputmode="tel" required></form-field>
      <button class="btn btn-primary btn-block" :disabled="busy">保存</button>
      <button v-if="identity" type="button" class="btn btn-block btn-plain" @click="editing = false">取消</button>
    </form>

    <div v-if="identity" class="card" data-patients>
      <div class="card-title">就诊人</div>
      <div class="list">
        <div v-for="p in patients" :key="p.id" class="list-item" :data-patient-id="p.id">
          <div class="li-main">
            <div class="li-title">{{ p.name }} <span class="tag">{{ p.relation }}</span>
              <span v-if="p.verified" class="tag tag-ok">已核验</span></div>
            <div class="li-sub">{{ p.id_number }} · {{ p.phone || '未留手机号' }}</div>
          </div>
          <a class="btn btn-plain" :href="'#/family/patients/' + p.id + '/archive'" data-archive>健康档案</a>
          <button v-if="!p.is_self" type="button" class="btn btn-plain" @click="remove(p)">删除</button>
        </div>
      </div>
      <button v-if="!adding" type="button" class="btn btn-block" data-add-patient @click="adding = true">添加就诊人</button>
      <form v-else data-patient-form @submit.prevent="addPatient">
        <label class="btn btn-block id-card-pick" data-id-card>
          {{ reading ? '正在识别…' : '拍摄/上传身份证人像面，自动填写' }}
          <input type="file" accept="image/*" capture="environment" name="id_card" :disabled="reading"
                 @change="readCard" hidden>
        </label>
        <p v-if="readNote" class="muted" data-ocr-note>{{ readNote }}</p>
        <form-field label="姓名"><input v-model="person.name" name="p_name" maxlength="32" required></form-field>
        <form-field label="身份证号"><input v-model="person.id_number" name="p_id_number" maxlength="18" required autocomplete="off"></form-field>
        <form-field label="手机号"><input v-model="person.phone" name="p_phone" maxlength="11" inputmode="tel" required></form-field>
        <form-field label="短信验证码">
          <div class="code-row">
            <input v-model="person.sms_code" name="p_sms_code" maxlength="6" inputmode="numeric"
                   autocomplete="one-time-code" required>
            <button type="button" class="btn" data-send-code :disabled="!canSend" @click="sendCode">
              {{ resendIn ? resendIn + '秒后重发' : (codeSentTo ? '重新获取' : '获取验证码') }}</button>
          </div>
        </form-field>
        <p v-if="codeSentTo" class="muted" data-code-sent>验证码已发送至 {{ codeSentTo }}，5分钟内有效</p>
        <form-field label="关系"><select v-model="person.relation" name="p_relation">
          <option v-for="r in RELATIONS" :key="r">{{ r }}</option></select></form-field>
        <button class="btn btn-primary btn-block" :disabled="busy">添加</button>
        <button type="button" class="btn btn-block btn-plain" @click="closeForm">取消</button>
      </form>
    </div>
    <list-item v-if="identity" title="谁查看了我的数据" sub="家庭成员在授权范围内的每一次查看和代办" to="#/me/accesses"></list-item>
  </div>`,
};

export const AccessesScreen = {
  name: 'AccessesScreen',
  setup() {
    const items = ref([]);
    const total = ref(0);
    const page = ref(1);
    const loaded = ref(false);
    const {error, run} = useCall();
    async function load(more = false) {
      await run(async () => {
        const next = more ? page.value + 1 : 1;
        const answer = await api.get(`${MP}/me/accesses?page=${next}&page_size=20`);
        items.value = more ? items.value.concat(answer.items) : answer.items;
        total.value = answer.total;
        page.value = next;
        loaded.value = true;
      });
    }
    onMounted(() => load());
    return {items, total, loaded, error, load, accessText, when};
  },
  template: `
  <div class="page patient-accesses">
    <error-banner :error="error"></error-banner>
    <p class="muted">家庭成员在您授权的范围内查看或代办您的服务，每一次都记录在这里。</p>
    <loading-state v-if="!loaded && !error"></loading-state>
    <empty-state v-if="loaded && !items.length" text="还没有家庭成员查看过您的数据"></empty-state>
    <div class="list" data-accesses>
      <div v-for="a in items" :key="a.id" class="list-item" :data-access="a.action">
        <div class="li-main">
          <div class="li-title"><span data-who>{{ a.grantee_name || '家庭成员' }}</span> {{ accessText(a) }}</div>
          <div class="li-sub"><span class="tag">{{ a.label }}</span> {{ when(a.at) }}</div>
        </div>
      </div>
    </div>
    <button v-if="items.length < total" type="button" class="btn btn-block" @click="load(true)">加载更多</button>
  </div>`,
};
