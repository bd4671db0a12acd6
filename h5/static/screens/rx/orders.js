/* 在线购药 (seed 004 居民移动端 9 在线购药, 7 在线支付, 10 物流信息): buying an approved prescription —
   delivery to one of the saved addresses (or one added inline) or pick-up at the hospital pharmacy —,
   paying exactly as the consultation screens do (WeChat's sheet inside WeChat, the offline cashier in
   development, then the server asks WeChat Pay), my medicine orders, and one order: the pick-up code
   large with the pharmacy window, or the parcel's tracking, live on the order's topic
   (rx_order:<id>: its moves and each tracking step; refreshed while the socket is down),
   cancelling while unpaid, its invoices.
   #/rx/orders/<id> is the link of the server's order and tracking messages. What a screen shows and
   allows is what the server answers (state, can_pay, can_cancel, amounts). */
import {ref, computed, onMounted, onUnmounted} from 'vue';
import {confirmDialog, showToast} from '../../ui.js';
import {replace, setTitle} from '../../nav.js';
import {follow} from '../../realtime.js';
import {api, useCall, wechatPay, when, yuan} from '../patient/lib.js';
import {RX, PHARMACY, usageText, stepLabel, orderStateClass} from './lib.js';
import {AddressForm, AddressLine} from './addresses.js';
import {InvoicePanel} from './invoices.js';

const REFRESH_MS = 5000;
const MOVING = new Set(['paid', 'dispensed', 'shipped']);  // the pharmacy or the carrier moves these next
const drugsOf = (o) => (o.items || (o.prescription && o.prescription.items) || []);

// ------------------------------------------------------------------ buying a prescription

export const BuyScreen = {
  name: 'RxBuyScreen',
  components: {AddressForm, AddressLine},
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const rx = ref(null);
    const addresses = ref([]);
    const fulfilment = ref('delivery');
    const addressId = ref(null);
    const adding = ref(false);
    const {busy, error, run} = useCall();
    const id = () => Number(props.params.id);
    // The fee as the server quotes it with the prescription (the 配送费 charge item); the order's own
    // amounts are what is paid.
    const deliveryFen = computed(() => (rx.value && (rx.value.delivery_fee_fen ?? rx.value.delivery_fen)) ?? null);
    const drugFen = computed(() => (rx.value ? rx.value.total_fen : 0));
    const totalFen = computed(() => drugFen.value + (fulfilment.value === 'delivery' ? (deliveryFen.value || 0) : 0));
    const ready = computed(() => rx.value && (fulfilment.value === 'pickup' || addressId.value));

    async function loadAddresses(pick) {
      addresses.value = (await api.get(`${PHARMACY}/addresses`)).items;
      const chosen = addresses.value.find((a) => a.id === pick) || addresses.value.find((a) => a.is_default)
                     || addresses.value[0];
      addressId.value = chosen ? chosen.id : null;
    }
    onMounted(() => run(async () => {
      rx.value = await api.get(`${RX}/prescriptions/${id()}`);
      // Bought already: its order (an unpaid one is paid or cancelled there; a cancelled one may be bought again).
      if (rx.value.order_id) {
        const placed = await api.get(`${PHARMACY}/orders/${rx.value.order_id}`);
        if (placed.state !== 'cancelled') { replace(`/rx/orders/${placed.id}`); return; }
      }
      await loadAddresses();
      adding.value = !addresses.value.length;
    }));
    async function added(address) {
      adding.value = false;
      await run(() => loadAddresses(address.id));
    }
    async function submit() {
      const order = await run(() => api.post(`${PHARMACY}/orders`, {
        prescription_id: id(), fulfilment: fulfilment.value,
        ...(fulfilment.value === 'delivery' ? {address_id: addressId.value} : {})}));
      if (order) {
        showToast('订单已提交，请完成支付');
        replace(`/rx/orders/${order.id}`);
      }
    }
    return {rx, addresses, fulfilment, addressId, adding, busy, error, deliveryFen, drugFen, totalFen, ready,
            added, submit, yuan, usageText};
  },
  template: `
  <div class="page rx rx-buy">
    <error-banner :error="error"></error-banner>
    <loading-state v-if="!rx && !error"></loading-state>
    <template v-if="rx">
      <section class="card" data-buy-items>
        <div class="card-title">处方药品 <span class="muted">{{ rx.number }}</span></div>
        <div v-for="it in rx.items" :key="it.seq" class="rx-item">
          <div class="rx-drug"><b>{{ it.drug_name }}</b> <span class="muted">{{ it.strength }}</span>
            <span class="rx-qty">× {{ it.quantity }}{{ it.unit }}</span></div>
          <div class="muted">{{ usageText(it) }}</div>
        </div>
      </section>

      <section class="card" data-fulfilment>
        <div class="card-title">取药方式</div>
        <label class="check" data-choose="delivery"><input type="radio" name="fulfilment" value="delivery" v-model="fulfilment"> 快递配送到家
          <span class="muted" v-if="deliveryFen !== null">（配送费 ¥{{ yuan(deliveryFen) }}）</span></label>
        <label class="check" data-choose="pickup"><input type="radio" name="fulfilment" value="pickup" v-model="fulfilment"> 到院自取（凭取药码到药房窗口取药）</label>
      </section>

      <section v-if="fulfilment === 'delivery'" class="card" data-address-pick>
        <div class="card-title">收货地址 <a class="muted" href="#/rx/addresses">管理</a></div>
        <label v-for="a in addresses" :key="a.id" class="check address-pick" :data-address="a.id">
          <input type="radio" name="address" :value="a.id" v-model="addressId">
          <address-line :address="a"></address-line>
        </label>
        <address-form v-if="adding" @saved="added" @cancel="adding = false"></address-form>
        <button v-else type="button" class="btn btn-plain btn-block" data-add-address @click="adding = true">＋ 新增收货地址</button>
      </section>

      <section class="card" data-amount>
        <dl class="facts">
          <dt>药品金额</dt><dd>¥{{ yuan(drugFen) }}</dd>
          <template v-if="fulfilment === 'delivery'"><dt>配送费</dt><dd data-delivery-fee>{{ deliveryFen !== null ? '¥' + yuan(deliveryFen) : '按医院配送费标准' }}</dd></template>
          <dt>合计</dt><dd data-total><b>¥{{ yuan(totalFen) }}</b><span v-if="fulfilment === 'delivery' && deliveryFen === null">（另加配送费，提交后显示）</span></dd>
        </dl>
        <button type="button" class="btn btn-primary btn-block" :disabled="busy || !ready" data-place-order @click="submit">提交订单</button>
      </section>
    </template>
  </div>`,
};

// ------------------------------------------------------------------ my orders

export const OrdersScreen = {
  name: 'RxOrdersScreen',
  props: {params: Object, query: Object, me: Object},
  setup() {
    const items = ref(null);
    const {error, run} = useCall();
    onMounted(() => run(async () => { items.value = (await api.get(`${PHARMACY}/orders`)).items; }));
    return {items, error, when, yuan, orderStateClass};
  },
  template: `
  <div class="page rx rx-orders">
    <div class="card msg-bar">
      <a class="btn btn-plain" href="#/rx/prescriptions">我的处方</a>
      <a class="btn btn-plain" href="#/rx/invoices">电子发票</a>
    </div>
    <error-banner :error="error"></error-banner>
    <loading-state v-if="items === null && !error"></loading-state>
    <empty-state v-if="items && !items.length" text="暂无药品订单"></empty-state>
    <div v-if="items" class="list" data-orders>
      <a v-for="o in items" :key="o.id" class="card order-card" :href="'#/rx/orders/' + o.id" :data-order="o.id">
        <div class="card-title">{{ o.number }}
          <span class="tag" :class="orderStateClass(o.state)" data-state>{{ o.state_label || o.state }}</span>
          <span v-if="o.refund_label" class="tag tag-warn">{{ o.refund_label }}</span></div>
        <div class="muted">{{ o.fulfilment_label || (o.fulfilment === 'pickup' ? '到院自取' : '快递配送') }} · ¥{{ yuan(o.amount_fen) }} · {{ when(o.created_at) }}</div>
      </a>
    </div>
  </div>`,
};

// ------------------------------------------------------------------ one order

export const OrderScreen = {
  name: 'RxOrderScreen',
  components: {InvoicePanel},
  props: {params: Object, query: Object, me: Object},
  setup(props) {
    const order = ref(null);
    const live = ref(false);
    const {busy, error, run} = useCall();
    const id = () => Number(props.params.id);
    let timer = null;
    let socket = null;
    const shipment = computed(() => (order.value && order.value.shipment) || null);
    const tracking = computed(() => {
      const events = (shipment.value && shipment.value.events) || (order.value && order.value.tracking) || [];
      return [...events].sort((a, b) => String(b.at).localeCompare(String(a.at)));  // newest first
    });
    const pickup = computed(() => (order.value && (order.value.pickup || {})) || {});
    // The order's moves and its parcel's tracking are pushed on the order's topic (rx_order:<id>, named
    // in the detail and authorised as the order is: its patient's account or a relative under the grant).
    const topics = computed(() => (order.value && order.value.topic ? [order.value.topic] : []));
    async function fetchOrder() {
      order.value = await api.get(`${PHARMACY}/orders/${id()}`);
      setTitle(`药品订单 · ${order.value.state_label || order.value.state}`);
    }
    async function load() {
      await run(fetchOrder);
      listen();
      schedule();
    }
    // Moves and tracking arrive over the realtime socket; while that is down the order is read again
    // every few seconds as long as it still moves.
    function listen() {
      if (socket || !topics.value.length) return;
      socket = follow(topics.value, {
        onNotice: () => fetchOrder().catch(() => {}),
        onState: (s) => { live.value = s === 'live'; schedule(); },
      });
    }
    function schedule() {
      clearTimeout(timer);
      if (order.value && (MOVING.has(order.value.state) || order.value.refund_state === 'requested') && !live.value) {
        timer = setTimeout(async () => {
          try { await fetchOrder(); } catch { /* the next round tries again */ }
          schedule();
        }, REFRESH_MS);
      }
    }
    async function pay() {
      const answer = await run(async () => {
        const started = await api.post(`${PHARMACY}/orders/${id()}/pay`, {channel: 'h5'});
        await wechatPay(started.payment);
        // Paid at WeChat Pay: the server asks it now rather than wait for its notification.
        return api.post(`${PHARMACY}/orders/${id()}/pay/confirm`);
      });
      if (answer) {
        await load();
        showToast(answer.state === 'created' ? '支付结果确认中，请稍后刷新' : '支付成功，药房将尽快为您发药');
      }
    }
    async function cancel() {
      if (!(await confirmDialog('确认取消这个药品订单？'))) return;
      if (await run(() => api.post(`${PHARMACY}/orders/${id()}/cancel`, {}))) {
        await load();
        showToast('订单已取消');
      }
    }
    onMounted(load);
    onUnmounted(() => { clearTimeout(timer); if (socket) socket.stop(); });
    return {order, live, busy, error, shipment, tracking, pickup, pay, cancel, load, when, yuan, usageText, stepLabel,
            orderStateClass, drugsOf};
  },
  template: `
  <div class="page rx rx-order">
    <error-banner :error="error"></error-banner>
    <loading-state v-if="!order && !error"></loading-state>
    <template v-if="order">
      <section class="card" :data-order-detail="order.id">
        <div class="card-title">{{ order.fulfilment_label || (order.fulfilment === 'pickup' ? '到院自取' : '快递配送') }}
          <span class="tag" :class="orderStateClass(order.state)" data-state>{{ order.state_label || order.state }}</span>
          <span v-if="order.refund_label" class="tag tag-warn" data-refund>{{ order.refund_label }}</span></div>
        <dl class="facts">
          <dt>订单号</dt><dd data-number>{{ order.number }}</dd>
          <template v-if="order.patient_name || order.patient"><dt>就诊人</dt><dd>{{ order.patient_name || order.patient.name }}</dd></template>
          <dt>药品金额</dt><dd>¥{{ yuan(order.drug_fen) }}</dd>
          <template v-if="order.fulfilment === 'delivery'"><dt>配送费</dt><dd data-delivery-fee>¥{{ yuan(order.delivery_fen) }}</dd></template>
          <dt>合计</dt><dd data-amount><b>¥{{ yuan(order.amount_fen) }}</b><span v-if="order.paid_at">（{{ when(order.paid_at) }} 已支付）</span></dd>
          <template v-if="order.fulfilment === 'delivery'"><dt>收货地址</dt>
            <dd data-ship-to>{{ order.receiver }} {{ order.phone }}<br><span class="muted">{{ order.address }}</span></dd></template>
          <template v-if="order.return_reason"><dt>退药原因</dt><dd data-return-reason>{{ order.return_reason }}</dd></template>
        </dl>
        <button v-if="order.can_pay" type="button" class="btn btn-primary btn-block" data-pay :disabled="busy" @click="pay">支付 ¥{{ yuan(order.amount_fen) }}</button>
        <button v-if="order.can_cancel" type="button" class="btn btn-block" data-cancel :disabled="busy" @click="cancel">取消订单</button>
        <a v-if="order.prescription_id" class="btn btn-block btn-plain" :href="'#/rx/prescriptions/' + order.prescription_id" data-prescription-link>查看处方</a>
      </section>

      <section v-if="order.pickup_code" class="card pickup-card" data-pickup>
        <div class="card-title">取药码</div>
        <div class="pickup-code" data-pickup-code>{{ order.pickup_code }}</div>
        <p v-if="order.state === 'collected'" class="muted">已于 {{ when(order.collected_at) }} 取药</p>
        <p v-else class="muted">请凭此取药码到药房窗口取药，取药码仅可使用一次。</p>
        <dl class="facts" data-pickup-place>
          <template v-if="pickup.pharmacy || order.institution_name"><dt>药房</dt><dd>{{ pickup.pharmacy || order.institution_name }}</dd></template>
          <template v-if="pickup.window"><dt>窗口</dt><dd data-window>{{ pickup.window }}</dd></template>
          <template v-if="pickup.address"><dt>地址</dt><dd>{{ pickup.address }}</dd></template>
          <template v-if="pickup.hours"><dt>时间</dt><dd>{{ pickup.hours }}</dd></template>
        </dl>
        <p v-if="order.state === 'paid'" class="notice">药房正在配药，发药后即可取药。</p>
      </section>

      <section v-if="order.fulfilment === 'delivery' && (shipment || tracking.length || ['paid', 'dispensed'].includes(order.state))" class="card" data-tracking>
        <div class="card-title">物流信息 <span v-if="live" class="tag tag-ok" data-live>实时</span></div>
        <p v-if="shipment" class="muted" data-waybill>{{ shipment.carrier_label || shipment.carrier }} · 运单号 {{ shipment.waybill_no }}
          <span v-if="shipment.state_label" class="tag">{{ shipment.state_label }}</span></p>
        <p v-if="!tracking.length" class="muted">{{ shipment ? '等待快递揽收' : '药房发药后将交由快递配送' }}</p>
        <ol v-else class="timeline" data-tracking-events>
          <li v-for="e in tracking" :key="e.event_id || e.at" :data-status="e.status">
            <b>{{ e.status_label || e.description }}</b> <span class="muted">{{ when(e.at) }}</span>
            <div v-if="e.status_label && e.description">{{ e.description }}</div>
            <div v-if="e.location" class="muted">{{ e.location }}</div></li>
        </ol>
        <button v-if="!live" type="button" class="btn btn-plain btn-block" data-refresh @click="load">刷新</button>
      </section>

      <section v-if="drugsOf(order).length" class="card" data-items>
        <div class="card-title">药品</div>
        <div v-for="it in drugsOf(order)" :key="it.seq" class="rx-item">
          <div class="rx-drug"><b>{{ it.drug_name }}</b> <span class="muted">{{ it.strength }}</span>
            <span class="rx-qty">× {{ it.quantity }}{{ it.unit }}</span></div>
          <div class="muted">{{ usageText(it) }}</div>
        </div>
      </section>

      <section v-if="order.timeline && order.timeline.length" class="card">
        <div class="card-title">订单进度</div>
        <ol class="timeline" data-timeline>
          <li v-for="(e, i) in order.timeline" :key="i" :data-event="e.event || e.to_state">
            <b>{{ stepLabel(e) }}</b> <span class="muted">{{ when(e.at) }}</span><div v-if="e.note">{{ e.note }}</div></li>
        </ol>
      </section>

      <invoice-panel v-if="order.paid_at" :reference="'pharmacy.order:' + order.id"></invoice-panel>
      <a class="btn btn-block" href="#/rx/orders">我的药品订单</a>
    </template>
  </div>`,
};
