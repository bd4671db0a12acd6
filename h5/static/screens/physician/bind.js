// Bind this WeChat account to the physician record: ID number + name + the password the
// institution issued; a record bound to another WeChat account moves only with the
// institution's one-time rebind code (换绑码), which the form asks for when the server says so.
import {ref} from 'vue';
import {api} from '../../api.js';
import {reloadMe, replace} from '../../nav.js';
import {showToast} from '../../ui.js';

export const Bind = {
  props: {me: Object},
  setup(props) {
    const form = ref({id_number: '', name: '', password: '', rebind_code: ''});
    const error = ref(null);
    const fields = ref({});
    const busy = ref(false);
    const needsCode = ref(false);
    async function submit() {
      busy.value = true;
      error.value = null;
      fields.value = {};
      const body = {id_number: form.value.id_number.trim(), name: form.value.name.trim(), password: form.value.password};
      if (form.value.rebind_code.trim()) body.rebind_code = form.value.rebind_code.trim();
      try {
        await api.post('assessment/bind', body);
        await reloadMe();
        showToast('绑定成功');
        replace('/physician/exam');
      } catch (e) {
        error.value = e;
        fields.value = e.fieldErrors || {};
        if (e.code === 'assessment.already_bound' || e.code === 'assessment.rebind_code_invalid') needsCode.value = true;
      } finally {
        busy.value = false;
      }
    }
    return {form, error, fields, busy, needsCode, submit, bound: props.me && props.me.physician_bound};
  },
  template: `
    <div class="page bind">
      <div v-if="bound" class="notice">本微信已绑定医师身份。如需绑定其他医师档案，请填写下方信息。</div>
      <p class="muted">请填写医疗机构登记的身份证号、姓名，以及机构发放的初始密码（或您修改后的密码）。</p>
      <error-banner :error="error"></error-banner>
      <form class="card" @submit.prevent="submit" novalidate>
        <form-field label="身份证号" :error="fields.id_number">
          <input id="f-id-number" v-model="form.id_number" maxlength="18" autocomplete="off" inputmode="text"></form-field>
        <form-field label="姓名" :error="fields.name">
          <input id="f-name" v-model="form.name" maxlength="64" autocomplete="name"></form-field>
        <form-field label="密码" :error="fields.password">
          <input id="f-password" v-model="form.password" type="password" maxlength="256" autocomplete="current-password"></form-field>
        <form-field v-if="needsCode" label="换绑码" :error="fields.rebind_code" hint="该档案已绑定其他微信，请填写医疗机构签发的换绑码">
          <input id="f-rebind-code" v-model="form.rebind_code" maxlength="32" autocomplete="off"></form-field>
        <button class="btn btn-primary btn-block" type="submit" :disabled="busy">{{ busy ? '正在绑定…' : '绑定' }}</button>
        <button v-if="!needsCode" class="btn btn-plain btn-block" type="button" @click="needsCode = true">我有换绑码</button>
      </form>
    </div>`,
};
