/* 家庭健康管理 (seed 003): the family home, one family (members, invitations by link, QR code or
   phone, the join code, applications the owner decides, the grants between me and the others),
   a member's home (grant and revoke per scope, see or act, with an end date), and the join
   screen an invitation link opens. A family is reached only through what the server answers:
   ids from its lists, an invitation token from a link, a join code a member passed on. */
import {ref, reactive, computed, onMounted} from 'vue';
import {confirmDialog, showToast} from '../../ui.js';
import {go, setTitle} from '../../nav.js';
import {MP, BFF, api, useCall, when, accessText, endOfDay, RELATIONS} from './lib.js';

const grantText = (g) => `${g.label}（${g.can_act ? '可代办' : '仅查看'}）`;
const untilText = (g) => (g.expires_at ? `${when(g.expires_at)} 截止` : '长期有效');

export const FamilyHome = {
  name: 'FamilyHome',
  setup() {
    const page = ref(null);
    const create = reactive({name: ''});
    const apply = reactive({code: '', relation: '', note: ''});
    const {busy, error, run} = useCall();
    async function load() {
      await run(async () => { page.value = await api.get(`${BFF}/family/home`); });
    }
    async function createFamily() {
      const fam = await run(() => api.post(`${MP}/families`, {name: create.name}));
      if (fam) go(`/family/${fam.id}`);
    }
    async function applyByCode() {
      if (await run(() => api.post(`${MP}/families/join`, {...apply}))) {
        showToast('已提交加入申请，请等待户主审核');
        apply.code = '';
        await load();
      }
    }
    async function accept(inv) {
      const answer = await run(() => api.post(`${MP}/me/invites/${inv.id}/accept`));
      if (answer) {
        showToast(answer.state === 'active' ? `已加入家庭「${answer.family_name}」` : '已提交加入申请，请等待户主审核');
        await load();
      }
    }
    async function decline(inv) {
      if (await run(() => api.post(`${MP}/me/invites/${inv.id}/decline`))) await load();
    }
    async function withdraw(fam) {
      if (await run(() => api.post(`${MP}/families/${fam.id}/leave`))) await load();
    }
    onMounted(load);
    return {page, create, apply, busy, error, RELATIONS, createFamily, applyByCode, accept, decline, withdraw, when};
  },
  template: `
  <div class="page family-home">
    <error-banner :error="error"></error-banner>
    <loading-state v-if="!page && !error"></loading-state>
    <template v-if="page">
      <div v-if="!page.identity" class="card">
        <p>使用家庭健康管理前，请先填写实名信息。</p>
        <a class="btn btn-primary btn-block" href="#/me">去填写实名信息</a>
      </div>
      <div class="card">
        <div class="card-title">家庭健康管理</div>
        <p class="muted">建立家庭，邀请家人加入；成员之间默认互不可见，每位成员自行决定向谁开放哪些服务（健康档案、病案复印等），可设截止日期，随时撤销。</p>
        <a v-if="page.identity" class="btn btn-block" data-family-booking href="#/family/booking">家庭门诊预约</a>
      </div>
      <div v-if="page.invites_for_me.length" class="card" data-invites-for-me>
        <div class="card-title">邀请我加入的家庭</div>
        <div v-for="inv in page.invites_for_me" :key="inv.id" class="list-item" :data-invite-id="inv.id">
          <div class="li-main">
            <div class="li-title">{{ inv.family_name }}（{{ inv.by }} 邀请）</div>
            <div class="li-sub">{{ inv.needs_approval ? '接受后需户主审核' : '接受后直接加入' }} · {{ when(inv.expires_at) }} 前有效</div>
          </div>
          <button type="button" class="btn btn-primary" @click="accept(inv)">接受</button>
          <button type="button" class="btn btn-plain" @click="decline(inv)">拒绝</button>
        </div>
      </div>
      <div class="card" data-families>
        <div class="card-title">我的家庭</div>
        <empty-state v-if="!page.families.length" text="还没有加入任何家庭"></empty-state>
        <template v-for="f in page.families" :key="f.id">
          <list-item v-if="f.state === 'active'" :title="f.name" :to="'#/family/' + f.id" :data-family-id="f.id"
                     :sub="f.members + ' 位成员 · 户主 ' + f.owner + (f.is_owner ? '（我）' : '')"></list-item>
          <div v-else class="list-item" :data-family-id="f.id">
            <div class="li-main"><div class="li-title">加入申请待户主审核</div></div>
            <button type="button" class="btn btn-plain" @click="withdraw(f)">撤回申请</button>
          </div>
        </template>
      </div>
      <form class="card" data-create-family @submit.prevent="createFamily">
        <div class="card-title">创建家庭</div>
        <form-field label="家庭名称"><input v-model="create.name" name="family_name" maxlength="64" required placeholder="例如：张家"></form-field>
        <button class="btn btn-primary btn-block" :disabled="busy">创建家庭</button>
      </form>
      <form class="card" data-apply @submit.prevent="applyByCode">
        <div class="card-title">凭家庭邀请码申请加入</div>
        <form-field label="家庭邀请码"><input v-model="apply.code" name="join_code" maxlength="20" required placeholder="XXXX-XXXX-XXXX"></form-field>
        <form-field label="我与户主的关系"><select v-model="apply.relation" name="apply_relation">
          <option value="">不填</option><option v-for="r in RELATIONS" :key="r">{{ r }}</option></select></form-field>
        <form-field label="留言（选填）"><input v-model="apply.note" name="apply_note" maxlength="200"></form-field>
        <button class="btn btn-block" :disabled="busy">申请加入</button>
      </form>
    </template>
  </div>`,
};

export const FamilyScreen = {
  name: 'FamilyScreen',
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const familyId = Number(props.params.id);
    const family = ref(null);
    const events = ref([]);
    const applications = ref([]);
    const grants = ref({given: [], received: []});
    const share = ref(null);
    const invitePhone = reactive({phone: '', relation: ''});
    const refusing = reactive({account: null, reason: ''});
    const {busy, error, run} = useCall();
    const isOwner = computed(() => family.value && family.value.my_role === 'owner');

    async function load() {
      await run(async () => {
        const home = await api.get(`${BFF}/family/home?family_id=${familyId}`);
        family.value = home.family;
        events.value = home.events;
        setTitle(home.family.name);
        grants.value = await api.get(`${MP}/families/${familyId}/grants`);
        applications.value = home.family.my_role === 'owner'
          ? (await api.get(`${MP}/families/${familyId}/applications`)).items : [];
      });
    }
    async function inviteLink() {
      const answer = await run(() => api.post(`${MP}/families/${familyId}/invites`, {channel: 'link'}));
      if (answer) share.value = answer;
    }
    async function inviteByPhone() {
      const body = {channel: 'phone', phone: invitePhone.phone, relation: invitePhone.relation};
      const answer = await run(() => api.post(`${MP}/families/${familyId}/invites`, body));
      if (answer) {
        showToast(`已向 ${answer.phone} 发出邀请`);
        invitePhone.phone = '';
      }
    }
    async function copyLink() {
      try {
        await navigator.clipboard.writeText(share.value.link);
        showToast('邀请链接已复制，发给家人即可');
      } catch (e) {
        showToast('请长按链接复制');
      }
    }
    async function approve(a) {
      if (await run(() => api.post(`${MP}/families/${familyId}/applications/${a.account_id}/approve`))) {
        showToast(`已同意 ${a.name} 加入`);
        await load();
      }
    }
    async function refuse(a) {
      const body = {reason: refusing.reason};
      if (await run(() => api.post(`${MP}/families/${familyId}/applications/${a.account_id}/refuse`, body))) {
        showToast(`已拒绝 ${a.name} 的申请`);
        Object.assign(refusing, {account: null, reason: ''});
        await load();
      }
    }
    async function revoke(g) {
      if (!await confirmDialog(`撤销对 ${g.grantee_name} 的「${g.label}」授权？撤销立即生效。`)) return;
      if (await run(() => api.del(`${MP}/families/${familyId}/grants/${g.id}`))) {
        showToast(`已撤销「${g.label}」授权`);
        await load();
      }
    }
    async function newCode() {
      const answer = await run(() => api.post(`${MP}/families/${familyId}/join-code`));
      if (answer) family.value.join_code = answer.join_code;
    }
    async function leave() {
      if (!await confirmDialog('退出家庭后，您与其他成员之间的授权立即失效。确定退出？')) return;
      if (await run(() => api.post(`${MP}/families/${familyId}/leave`))) go('/family');
    }
    async function dissolve() {
      if (!await confirmDialog('解散家庭后所有成员退出，所有授权立即失效。确定解散？')) return;
      if (await run(() => api.del(`${MP}/families/${familyId}`))) go('/family');
    }
    onMounted(load);
    return {family, events, applications, grants, share, invitePhone, refusing, busy, error, isOwner, RELATIONS,
            inviteLink, inviteByPhone, copyLink, approve, refuse, revoke, newCode, leave, dissolve, when,
            grantText, untilText};
  },
  template: `
  <div class="page family">
    <error-banner :error="error"></error-banner>
    <loading-state v-if="!family && !error"></loading-state>
    <template v-if="family">
      <div class="card">
        <div class="card-title" data-family-name>{{ family.name }}</div>
        <div class="muted">家庭邀请码 <b data-join-code>{{ family.join_code }}</b>
          <button v-if="isOwner" type="button" class="btn btn-plain" @click="newCode">更换</button></div>
        <p class="muted">把邀请码告诉家人，家人凭码申请加入，由户主审核。</p>
      </div>
      <div class="card" data-members>
        <div class="card-title">家庭成员</div>
        <list-item v-for="m in family.members" :key="m.account_id" :data-member="m.account_id"
                   :to="'#/family/' + family.id + '/members/' + m.account_id"
                   :title="(m.name || '成员') + (m.me ? '（我）' : '')"
                   :sub="[m.role === 'owner' ? '户主' : '', m.relation, m.phone].filter(Boolean).join(' · ')">
          <div v-if="m.granted_to_me.length" class="li-sub">TA授权我：{{ m.granted_to_me.map(grantText).join('、') }}</div>
          <div v-if="m.granted_by_me.length" class="li-sub">我授权TA：{{ m.granted_by_me.map(grantText).join('、') }}</div>
        </list-item>
      </div>
      <div v-if="isOwner && applications.length" class="card" data-applications>
        <div class="card-title">待审核的加入申请</div>
        <div v-for="a in applications" :key="a.account_id" class="list-item" :data-application="a.account_id">
          <div class="li-main">
            <div class="li-title">{{ a.name }} <span v-if="a.relation" class="tag">{{ a.relation }}</span></div>
            <div class="li-sub">{{ a.phone }} · {{ when(a.applied_at) }}</div>
            <div v-if="a.note" class="li-sub">留言：{{ a.note }}</div>
            <form v-if="refusing.account === a.account_id" @submit.prevent="refuse(a)">
              <form-field label="拒绝原因（选填）"><input v-model="refusing.reason" name="refuse_reason" maxlength="200"></form-field>
              <button class="btn btn-danger" data-refuse-confirm :disabled="busy">确认拒绝</button>
            </form>
          </div>
          <button type="button" class="btn btn-primary" data-approve :disabled="busy" @click="approve(a)">同意</button>
          <button type="button" class="btn btn-plain" data-refuse @click="refusing.account = a.account_id">拒绝</button>
        </div>
      </div>
      <div class="card" data-invite>
        <div class="card-title">邀请家人</div>
        <button type="button" class="btn btn-primary btn-block" data-invite-link-button :disabled="busy" @click="inviteLink">生成邀请链接和二维码</button>
        <div v-if="share" class="share" data-share>
          <p class="muted">{{ when(share.expires_at) }} 前有效，只能使用一次。{{ isOwner ? '家人打开即可加入。' : '家人打开后需户主审核。' }}</p>
          <img :src="'data:image/png;base64,' + share.qr_png" alt="邀请二维码" class="qr" data-invite-qr>
          <p class="link" data-invite-link>{{ share.link }}</p>
          <button type="button" class="btn btn-block" @click="copyLink">复制链接</button>
        </div>
        <form data-invite-phone @submit.prevent="inviteByPhone">
          <form-field label="按手机号邀请"><input v-model="invitePhone.phone" name="invite_phone" maxlength="11" inputmode="tel" required></form-field>
          <form-field label="关系"><select v-model="invitePhone.relation" name="invite_relation">
            <option value="">不填</option><option v-for="r in RELATIONS" :key="r">{{ r }}</option></select></form-field>
          <button class="btn btn-block" :disabled="busy">发送邀请</button>
        </form>
      </div>
      <div class="card" data-grants>
        <div class="card-title">授权</div>
        <empty-state v-if="!grants.given.length && !grants.received.length" text="还没有授权，在成员主页可以授权"></empty-state>
        <div v-for="g in grants.given" :key="'g' + g.id" class="list-item" :data-grant-given="g.id">
          <div class="li-main"><div class="li-title">我授权 {{ g.grantee_name }}：{{ grantText(g) }}</div>
            <div class="li-sub">{{ untilText(g) }}</div></div>
          <button type="button" class="btn btn-plain" data-revoke @click="revoke(g)">撤销</button>
        </div>
        <div v-for="g in grants.received" :key="'r' + g.id" class="list-item" :data-grant-received="g.id">
          <div class="li-main"><div class="li-title">{{ g.grantor_name }} 授权我：{{ grantText(g) }}</div>
            <div class="li-sub">{{ untilText(g) }}</div></div>
        </div>
      </div>
      <div v-if="events.length" class="card" data-events>
        <div class="card-title">家庭动态</div>
        <div v-for="e in events" :key="e.id" class="li-sub">{{ e.text }} · {{ when(e.at) }}</div>
      </div>
      <button v-if="isOwner" type="button" class="btn btn-block btn-danger" @click="dissolve">解散家庭</button>
      <button v-else type="button" class="btn btn-block btn-danger" @click="leave">退出家庭</button>
    </template>
  </div>`,
};

export const MemberScreen = {
  name: 'MemberScreen',
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const familyId = Number(props.params.id);
    const accountId = Number(props.params.account);
    const member = ref(null);
    const form = reactive({scopes: [], can_act: false, until: ''});
    const {busy, error, run} = useCall();
    async function load() {
      await run(async () => {
        member.value = await api.get(`${BFF}/family/${familyId}/members/${accountId}`);
        setTitle(member.value.name || '成员主页');
        form.scopes = member.value.granted_by_me.map((g) => g.scope);
        form.can_act = member.value.granted_by_me.some((g) => g.can_act);
      });
    }
    async function give() {
      const body = {grantee: accountId, scopes: form.scopes, can_act: form.can_act, expires_at: endOfDay(form.until)};
      const answer = await run(() => api.post(`${MP}/families/${familyId}/grants`, body));
      if (answer) {
        showToast(`已授权：${answer.items.map((g) => g.label).join('、')}`);
        await load();
      }
    }
    async function revoke(g) {
      if (!await confirmDialog(`撤销「${g.label}」授权？撤销立即生效。`)) return;
      if (await run(() => api.del(`${MP}/families/${familyId}/grants/${g.grant_id}`))) {
        showToast(`已撤销「${g.label}」授权`);
        await load();
      }
    }
    onMounted(load);
    return {member, form, busy, error, give, revoke, when, accessText, grantText, untilText};
  },
  template: `
  <div class="page family-member">
    <error-banner :error="error"></error-banner>
    <loading-state v-if="!member && !error"></loading-state>
    <template v-if="member">
      <div class="card">
        <div class="card-title" data-member-name>{{ member.name }} <span v-if="member.relation" class="tag">{{ member.relation }}</span></div>
        <div class="muted">{{ member.family_name }} · {{ member.phone }} · {{ member.gender }} {{ member.age }}岁</div>
        <div v-if="member.switch_to.length" class="muted">切换成员：
          <a v-for="s in member.switch_to" :key="s.account_id" class="tag"
             :href="'#/family/' + member.family_id + '/members/' + s.account_id">{{ s.name }}</a></div>
      </div>
      <div v-if="!member.me" class="card" data-granted-to-me>
        <div class="card-title">TA授权我的服务</div>
        <empty-state v-if="!member.granted_to_me.length" text="TA还没有授权您任何服务"></empty-state>
        <div v-for="g in member.granted_to_me" :key="g.grant_id" class="li-sub">{{ grantText(g) }} · {{ untilText(g) }}</div>
        <a v-if="member.patient_id && member.scopes.some((s) => (s.scope === 'health_records' || s.scope === 'vital_signs') && s.i_may)"
           class="btn btn-block" data-archive-of :href="'#/family/patients/' + member.patient_id + '/archive'">查看TA的健康档案</a>
        <a v-if="member.patient_id && member.scopes.some((s) => s.scope === 'appointments' && s.i_may === 'act')"
           class="btn btn-block" data-book-for :href="'#/family/booking?patient=' + member.patient_id">代TA预约门诊</a>
        <a v-if="member.patient_id" class="btn btn-primary btn-block" data-request-for
           :href="'#/records/new?patient=' + member.patient_id">代TA申请病案复印</a>
      </div>
      <div v-if="!member.me" class="card" data-granted-by-me>
        <div class="card-title">我授权TA的服务</div>
        <div v-for="g in member.granted_by_me" :key="g.grant_id" class="list-item" :data-grant="g.scope">
          <div class="li-main"><div class="li-title">{{ grantText(g) }}</div><div class="li-sub">{{ untilText(g) }}</div></div>
          <button type="button" class="btn btn-plain" data-revoke @click="revoke(g)">撤销</button>
        </div>
        <form data-grant-form @submit.prevent="give">
          <div class="field"><span class="field-label">授权范围</span>
            <label v-for="s in member.scopes" :key="s.scope" class="check">
              <input type="checkbox" :value="s.scope" v-model="form.scopes" :name="'scope_' + s.scope"> {{ s.label }}</label>
          </div>
          <label class="check"><input type="checkbox" v-model="form.can_act" name="can_act"> 允许TA代我办理（不勾选则仅可查看）</label>
          <form-field label="截止日期（不填为长期有效）"><input type="date" v-model="form.until" name="until"></form-field>
          <button class="btn btn-primary btn-block" data-grant-save :disabled="busy || !form.scopes.length">保存授权</button>
        </form>
      </div>
      <div v-if="member.their_accesses_to_me && member.their_accesses_to_me.length" class="card" data-their-accesses>
        <div class="card-title">TA查看或代办我的记录</div>
        <div v-for="a in member.their_accesses_to_me" :key="a.id" class="li-sub">{{ accessText(a) }}（{{ a.label }}）· {{ when(a.at) }}</div>
        <a href="#/me/accesses">查看全部</a>
      </div>
      <div v-if="member.events.length" class="card">
        <div class="card-title">近期动态</div>
        <div v-for="e in member.events" :key="e.id" class="li-sub">{{ e.text }} · {{ when(e.at) }}</div>
      </div>
    </template>
  </div>`,
};

/** What an invitation link (`#/family/join?token=…`) or a passed-on join code (`?code=…`) opens. */
export const JoinScreen = {
  name: 'JoinScreen',
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const token = (props.query && props.query.token) || '';
    const preview = ref(null);
    const outcome = ref(null);
    const apply = reactive({code: (props.query && props.query.code) || '', relation: '', note: ''});
    const {busy, error, run} = useCall();
    async function load() {
      if (token) await run(async () => { preview.value = await api.post(`${MP}/invites/preview`, {token}); });
    }
    async function accept() {
      const answer = await run(() => api.post(`${MP}/invites/accept`, {token}));
      if (answer) outcome.value = answer;
    }
    async function applyByCode() {
      const answer = await run(() => api.post(`${MP}/families/join`, {...apply}));
      if (answer) outcome.value = answer;
    }
    onMounted(load);
    return {token, preview, outcome, apply, busy, error, RELATIONS, accept, applyByCode, when};
  },
  template: `
  <div class="page family-join">
    <error-banner :error="error"></error-banner>
    <div v-if="outcome" class="card" data-join-outcome>
      <template v-if="outcome.state === 'active'">
        <p>您已加入家庭「{{ outcome.family_name }}」</p>
        <a class="btn btn-primary btn-block" :href="'#/family/' + outcome.family_id">进入家庭</a>
      </template>
      <p v-else>加入申请已提交，请等待户主审核</p>
    </div>
    <div v-else-if="preview" class="card" data-join-preview>
      <div class="card-title">{{ preview.by }} 邀请您加入家庭「{{ preview.family_name }}」</div>
      <div class="muted">户主 {{ preview.owner }} · {{ preview.members }} 位成员 · {{ when(preview.expires_at) }} 前有效</div>
      <p class="muted">{{ preview.needs_approval ? '接受后需户主审核' : '接受后直接加入' }}。加入后，成员之间默认看不到彼此的数据，需各自授权。</p>
      <button type="button" class="btn btn-primary btn-block" data-accept :disabled="busy" @click="accept">加入家庭</button>
    </div>
    <form v-else-if="!token" class="card" data-apply @submit.prevent="applyByCode">
      <div class="card-title">凭家庭邀请码申请加入</div>
      <form-field label="家庭邀请码"><input v-model="apply.code" name="join_code" maxlength="20" required></form-field>
      <form-field label="我与户主的关系"><select v-model="apply.relation" name="apply_relation">
        <option value="">不填</option><option v-for="r in RELATIONS" :key="r">{{ r }}</option></select></form-field>
      <form-field label="留言（选填）"><input v-model="apply.note" name="apply_note" maxlength="200"></form-field>
      <button class="btn btn-primary btn-block" :disabled="busy">申请加入</button>
    </form>
  </div>`,
};
