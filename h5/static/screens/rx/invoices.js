/* 电子发票 (seed 004 居民移动端 16): every paid order of the account has its invoice (blue), issued by
   the server when the payment is made; a refund issues a reversing one (红字发票) for the amount given
   back. The list holds all of them (medicines, consultations, video, record copies), an order's page
   shows its own (`<invoice-panel reference>`), and one invoice is opened as its PDF (fetched with the
   token and handed to the browser as a file) or sent to a mailbox by the server, whose outcome
   (sent, or SMTP's refusal kept on the invoice) is shown as it answers. */
import {ref, onMounted} from 'vue';
import {showToast} from '../../ui.js';
import {setTitle} from '../../nav.js';
import {api, useCall, when, yuan} from '../patient/lib.js';
import {INVOICES} from './lib.js';

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const kindLabel = (inv) => inv.kind_label || (inv.kind === 'red' ? '红字发票' : '电子发票');
// As printed: negative on a red invoice (the server's amount_yuan when it sends it).
const money = (inv) => '¥' + (inv.amount_yuan ?? (inv.kind === 'red' ? '-' : '') + yuan(inv.amount_fen));
const kindClass = (inv) => (inv.kind === 'red' ? 'tag-danger' : 'tag-info');
// The order an invoice is for, by its payment reference ("<domain>.<kind>:<id>"), where this client shows it.
const ORDER_ROUTES = {'pharmacy.order': '#/rx/orders/', 'consult.order': '#/consult/orders/',
                      'records.request': '#/records/requests/'};
function orderLink(inv) {
  const m = /^([a-z_]+\.[a-z_]+):(\d+)$/.exec(inv.reference || '');
  return m && ORDER_ROUTES[m[1]] ? ORDER_ROUTES[m[1]] + m[2] : '';
}

/** The invoices of one business reference ("pharmacy.order:12", "consult.order:3"). */
export const InvoicePanel = {
  props: {reference: String},
  setup(props) {
    const items = ref(null);
    const {error, run} = useCall();
    onMounted(() => run(async () => {
      items.value = (await api.get(`${INVOICES}?reference=${encodeURIComponent(props.reference)}`)).items;
    }));
    return {items, error, when, money, kindLabel, kindClass};
  },
  template: `
    <section class="card" data-invoices>
      <div class="card-title">电子发票</div>
      <error-banner :error="error"></error-banner>
      <p v-if="items && !items.length" class="muted">发票开具中，请稍后刷新查看</p>
      <a v-for="inv in (items || [])" :key="inv.id" class="invoice-row" :href="'#/rx/invoices/' + inv.id" :data-invoice="inv.id"
         :data-kind="inv.kind">
        <span class="tag" :class="kindClass(inv)">{{ kindLabel(inv) }}</span> {{ inv.number }}
        <span class="muted">{{ money(inv) }} · {{ when(inv.issued_at) }}</span></a>
    </section>`,
};

export const InvoicesScreen = {
  name: 'RxInvoicesScreen',
  props: {params: Object, query: Object, me: Object},
  setup() {
    const items = ref(null);
    const {error, run} = useCall();
    onMounted(() => run(async () => { items.value = (await api.get(INVOICES)).items; }));
    return {items, error, when, money, kindLabel, kindClass};
  },
  template: `
  <div class="page rx rx-invoices">
    <error-banner :error="error"></error-banner>
    <loading-state v-if="items === null && !error"></loading-state>
    <empty-state v-if="items && !items.length" text="暂无电子发票（订单支付后自动开具）"></empty-state>
    <div v-if="items" class="list" data-invoice-list>
      <a v-for="inv in items" :key="inv.id" class="card" :href="'#/rx/invoices/' + inv.id" :data-invoice="inv.id" :data-kind="inv.kind">
        <div class="card-title"><span class="tag" :class="kindClass(inv)">{{ kindLabel(inv) }}</span> {{ inv.number }}</div>
        <div class="muted">{{ inv.purpose_label || inv.reference }} · {{ money(inv) }} · {{ when(inv.issued_at) }}</div>
      </a>
    </div>
  </div>`,
};

export const InvoiceScreen = {
  name: 'RxInvoiceScreen',
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const inv = ref(null);
    const email = ref('');
    const {busy, error, run} = useCall();
    const id = () => Number(props.params.id);
    async function load() {
      await run(async () => {
        inv.value = await api.get(`${INVOICES}/${id()}`);
        setTitle(`${kindLabel(inv.value)} · ${inv.value.number}`);
      });
    }
    // The PDF (the detail's `pdf_url`: our API's, sent with the token; a signed media link without it),
    // fetched here so that a refusal shows its message, then handed to the browser as a file.
    async function openPdf() {
      await run(async () => {
        const link = inv.value.pdf_url || `${INVOICES}/${id()}/pdf`;
        const answer = link.startsWith('/api/') ? await api.get(link)
          : await fetch(link, {credentials: 'omit', referrerPolicy: 'no-referrer'});
        if (!(answer instanceof Response) || !answer.ok) {
          const body = answer instanceof Response ? await answer.json().catch(() => ({})) : {};
          throw new Error(body.message || '发票文件暂时无法打开，请稍后重试');
        }
        const url = URL.createObjectURL(await answer.blob());
        const a = document.createElement('a');
        a.href = url;
        a.download = `${inv.value.number}.pdf`;
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60000);
      });
    }
    async function send() {
      const to = email.value.trim();
      if (!EMAIL_RE.test(to)) { error.value = '请输入正确的邮箱地址'; return; }
      const answer = await run(() => api.post(`${INVOICES}/${id()}/email`, {email: to}));
      if (answer) {
        if (answer.email_error) showToast(`发送失败：${answer.email_error}`, {kind: 'error'});
        else showToast('发票已发送到您的邮箱');
        if (answer.id) inv.value = {...inv.value, ...answer};
      }
    }
    onMounted(load);
    return {inv, email, busy, error, openPdf, send, when, yuan, money, kindLabel, kindClass, orderLink};
  },
  template: `
  <div class="page rx rx-invoice">
    <error-banner :error="error"></error-banner>
    <loading-state v-if="!inv && !error"></loading-state>
    <template v-if="inv">
      <section class="card" :data-invoice-detail="inv.id">
        <div class="card-title"><span class="tag" :class="kindClass(inv)" data-kind>{{ kindLabel(inv) }}</span> {{ inv.number }}</div>
        <dl class="facts">
          <template v-if="inv.seller_name"><dt>开票方</dt><dd>{{ inv.seller_name }}</dd></template>
          <dt>购买方</dt><dd>{{ inv.buyer_name }}</dd>
          <dt>金额</dt><dd data-amount>{{ money(inv) }}</dd>
          <dt>开票时间</dt><dd>{{ when(inv.issued_at) }}</dd>
          <template v-if="orderLink(inv)"><dt>订单</dt><dd><a :href="orderLink(inv)" data-order-of>查看订单</a></dd></template>
          <template v-if="inv.original_id"><dt>冲红原发票</dt><dd><a :href="'#/rx/invoices/' + inv.original_id" data-original>{{ inv.original_number || '查看原发票' }}</a></dd></template>
        </dl>
        <table v-if="inv.items && inv.items.length" class="invoice-items">
          <tr v-for="(it, i) in inv.items" :key="i"><td>{{ it.name }}</td><td>{{ it.quantity }}{{ it.unit }}</td><td>¥{{ yuan(it.amount_fen) }}</td></tr>
        </table>
        <button type="button" class="btn btn-primary btn-block" :disabled="busy" data-open-pdf @click="openPdf">查看发票（PDF）</button>
      </section>
      <section v-if="inv.reversals && inv.reversals.length" class="card" data-reversals>
        <div class="card-title">红字发票（退款冲红）</div>
        <a v-for="r in inv.reversals" :key="r.id" class="invoice-row" :href="'#/rx/invoices/' + r.id" :data-invoice="r.id">
          <span class="tag tag-danger">红字发票</span> {{ r.number }} <span class="muted">-¥{{ yuan(r.amount_fen) }} · {{ when(r.issued_at) }}</span></a>
      </section>
      <form class="card" data-email-form novalidate @submit.prevent="send">
        <div class="card-title">发送到邮箱</div>
        <form-field label="邮箱地址"><input v-model="email" type="email" name="email" maxlength="120" autocomplete="email" data-email></form-field>
        <button type="submit" class="btn btn-block" :disabled="busy || !email.trim()" data-send-email>发送</button>
        <p v-if="inv.emailed_at && !inv.email_error" class="muted" data-email-state="sent">已于 {{ when(inv.emailed_at) }} 发送至 {{ inv.email }}</p>
        <p v-else-if="inv.email_error" class="error-banner" data-email-state="failed">发送失败：{{ inv.email_error }}</p>
      </form>
    </template>
  </div>`,
};
