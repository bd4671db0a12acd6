/* 实名信息 and 就诊人 (seed 003 患者身份信息认证; seed 004 就诊人管理), and "who looked at my data"
   (家庭健康管理 隐私授权管理). ID and phone numbers are shown as the server masks them. */
import {ref, reactive, onMounted} from 'vue';
import {confirmDialog, showToast} from '../../ui.js';
import {MP, api, useCall, when, accessText, RELATIONS} from './lib.js';

export const MeScreen = {
  name: 'MeScreen',
  setup() {
    const identity = ref(null);
    const patients = ref([]);
    const loaded = ref(false);
    const editing = ref(false);
    const adding = ref(false);
    const form = reactive({name: '', id_number: '', phone: ''});
    const person = reactive({name: '', id_number: '', phone: '', relation: '父母'});
    const {busy, error, run} = useCall();

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
    async function addPatient() {
      const body = {...person};
      if (!body.phone) delete body.phone;
      const added = await run(() => api.post(`${MP}/patients`, body));
      if (added) {
        showToast(`已添加就诊人 ${added.name}`);
        Object.assign(person, {name: '', id_number: '', phone: '', relation: '父母'});
        adding.value = false;
        await load();
      }
    }
    async function remove(p) {
      if (!await confirmDialog(`删除就诊人 ${p.name}？`)) return;
      if (await run(() => api.del(`${MP}/patients/${p.id}`))) await load();
    }
    onMounted(load);
    return {identity, patients, loaded, editing, adding, form, person, busy, error, RELATIONS,
            saveIdentity, edit, addPatient, remove};
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
          <button v-if="!p.is_self" type="button" class="btn btn-plain" @click="remove(p)">删除</button>
        </div>
      </div>
      <button v-if="!adding" type="button" class="btn btn-block" data-add-patient @click="adding = true">添加就诊人</button>
      <form v-else data-patient-form @submit.prevent="addPatient">
        <form-field label="姓名"><input v-model="person.name" name="p_name" maxlength="32" required></form-field>
        <form-field label="身份证号"><input v-model="person.id_number" name="p_id_number" maxlength="18" required></form-field>
        <form-field label="手机号（选填）"><input v-model="person.phone" name="p_phone" maxlength="11" inputmode="tel"></form-field>
        <form-field label="关系"><select v-model="person.relation" name="p_relation">
          <option v-for="r in RELATIONS" :key="r">{{ r }}</option></select></form-field>
        <button class="btn btn-primary btn-block" :disabled="busy">添加</button>
        <button type="button" class="btn btn-block btn-plain" @click="adding = false">取消</button>
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
