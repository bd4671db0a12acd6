/* 收货地址 (seed 004 居民移动端 11): the account's saved delivery addresses (the server keeps at most
   20, one of them the default, receiver, phone and street encrypted at rest and masked in lists),
   adding, editing, deleting and choosing the default. `AddressForm` is also the inline form of the
   purchase screen, so an address is added without leaving the order. The phone is checked here
   before it is sent; the server checks everything again and its refusal shows on the field. */
import {ref, reactive, computed, onMounted} from 'vue';
import {confirmDialog, showToast} from '../../ui.js';
import {api, useCall} from '../patient/lib.js';
import {PHARMACY, PHONE_RE, maskedPhone} from './lib.js';

export const MAX_ADDRESSES = 20;
const blank = () => ({receiver: '', phone: '', region: '', detail: '', is_default: false});
const masked = (v) => typeof v === 'string' && v.includes('*');

/** One address as a list shows it. */
export const AddressLine = {
  props: {address: Object},
  setup() { return {maskedPhone}; },
  template: `
    <span class="address-line">
      <span><b>{{ address.receiver }}</b> <span data-phone>{{ maskedPhone(address.phone) }}</span>
        <span v-if="address.is_default" class="tag tag-info" data-default>默认</span></span>
      <span class="muted">{{ address.region }} {{ address.detail }}</span>
    </span>`,
};

/** Add (no `address`) or edit one; emits `saved` with the server's answer, `cancel`. Fields the list
    showed masked stay as they are unless retyped (the server keeps a field that is not sent). */
export const AddressForm = {
  props: {address: {type: Object, default: null}},
  emits: ['saved', 'cancel'],
  setup(props, {emit}) {
    const form = reactive(props.address ? {...blank(), ...props.address} : blank());
    const original = props.address ? {...props.address} : null;
    if (original) {
      for (const k of ['receiver', 'phone', 'detail']) if (masked(form[k])) form[k] = '';
    }
    const busy = ref(false);
    const error = ref(null);
    const fields = ref({});  // the server's reason per field of a refused form (ApiError.fieldErrors)
    const fieldError = (name) => fields.value[name] || '';
    const phoneBad = computed(() => !!form.phone && !PHONE_RE.test(form.phone.trim()));
    const ready = computed(() => (form.receiver.trim() || original) && (form.phone.trim() || original) && !phoneBad.value
                                 && form.region.trim() && (form.detail.trim() || original));
    async function save() {
      if (phoneBad.value) return;
      const body = {region: form.region.trim(), is_default: !!form.is_default};
      for (const k of ['receiver', 'phone', 'detail']) {
        const v = form[k].trim();
        if (v || !original) body[k] = v;
      }
      busy.value = true;
      error.value = null;
      fields.value = {};
      try {
        emit('saved', await (original ? api.put(`${PHARMACY}/addresses/${original.id}`, body)
                                      : api.post(`${PHARMACY}/addresses`, body)));
      } catch (e) {
        error.value = e;
        fields.value = e.fieldErrors || {};
      } finally {
        busy.value = false;
      }
    }
    return {form, original, busy, error, fieldError, phoneBad, ready, save, masked};
  },
  template: `
    <form class="card address-form" data-address-form @submit.prevent="save">
      <div class="card-title">{{ original ? '编辑收货地址' : '新增收货地址' }}</div>
      <error-banner :error="error"></error-banner>
      <form-field label="收货人" :error="fieldError('receiver')" :hint="original ? '不修改请留空（' + original.receiver + '）' : ''">
        <input v-model="form.receiver" name="receiver" maxlength="32" autocomplete="name" data-receiver></form-field>
      <form-field label="手机号" :error="phoneBad ? '请输入11位手机号' : fieldError('phone')"
                  :hint="original ? '不修改请留空（' + original.phone + '）' : ''">
        <input v-model="form.phone" name="phone" type="tel" inputmode="numeric" maxlength="11" autocomplete="tel" data-phone-input></form-field>
      <form-field label="所在地区" :error="fieldError('region')" hint="省 市 区，如：上海市 静安区">
        <input v-model="form.region" name="region" maxlength="64" data-region></form-field>
      <form-field label="详细地址" :error="fieldError('detail')" :hint="original ? '不修改请留空（' + original.detail + '）' : '街道、楼栋、门牌号'">
        <textarea v-model="form.detail" name="detail" rows="2" maxlength="120" data-detail></textarea></form-field>
      <label class="check"><input type="checkbox" v-model="form.is_default" data-make-default> 设为默认地址</label>
      <div class="actions">
        <button type="button" class="btn" @click="$emit('cancel')">取消</button>
        <button type="submit" class="btn btn-primary" :disabled="busy || !ready" data-save-address>保存</button>
      </div>
    </form>`,
};

export const AddressesScreen = {
  name: 'RxAddressesScreen',
  components: {AddressForm, AddressLine},
  props: {params: Object, query: Object, me: Object},
  setup() {
    const items = ref(null);
    const editing = ref(null);  // null: none; {}: a new one; an address: that one
    const {busy, error, run} = useCall();
    async function load() {
      await run(async () => { items.value = (await api.get(`${PHARMACY}/addresses`)).items; });
    }
    function saved() {
      editing.value = null;
      showToast('地址已保存');
      load();
    }
    async function remove(a) {
      if (!(await confirmDialog('确认删除这个收货地址？'))) return;
      if (await run(() => api.del(`${PHARMACY}/addresses/${a.id}`))) {
        showToast('已删除');
      }
      await load();
    }
    async function makeDefault(a) {
      if (await run(() => api.put(`${PHARMACY}/addresses/${a.id}`, {is_default: true}))) await load();
    }
    onMounted(load);
    return {items, editing, busy, error, saved, remove, makeDefault, MAX_ADDRESSES};
  },
  template: `
  <div class="page rx rx-addresses">
    <error-banner :error="error"></error-banner>
    <loading-state v-if="items === null && !error"></loading-state>
    <address-form v-if="editing" :key="editing.id || 'new'" :address="editing.id ? editing : null"
                  @saved="saved" @cancel="editing = null"></address-form>
    <template v-else-if="items">
      <empty-state v-if="!items.length" text="还没有收货地址"></empty-state>
      <div class="list" data-addresses>
        <div v-for="a in items" :key="a.id" class="card address-card" :data-address="a.id">
          <address-line :address="a"></address-line>
          <div class="order-actions">
            <button v-if="!a.is_default" type="button" class="btn btn-plain" :disabled="busy" data-set-default @click="makeDefault(a)">设为默认</button>
            <button type="button" class="btn btn-plain" data-edit @click="editing = a">编辑</button>
            <button type="button" class="btn btn-plain" :disabled="busy" data-delete @click="remove(a)">删除</button>
          </div>
        </div>
      </div>
      <button v-if="items.length < MAX_ADDRESSES" type="button" class="btn btn-primary btn-block" data-add-address
              @click="editing = {}">新增收货地址</button>
      <p v-else class="muted">最多保存 {{ MAX_ADDRESSES }} 个收货地址</p>
    </template>
  </div>`,
};
