/* The prescription and medicine area of the H5 client (seed 004 居民移动端 5 诊疗记录, 7 在线支付,
   9 在线购药, 10 物流信息, 11 收货地址, 16 电子发票, 19 电子处方): 我的处方 by 就诊人 and one
   prescription with the doctor's record, its drugs and usage, its verified signature and timeline;
   buying it (delivery to a saved address or pick-up) and paying; my medicine orders and one order with
   its pick-up code or tracking; the saved addresses; the invoices with their PDF and sending by mail.
   Routes under #/rx (contract at the top of h5/static/app.js). The server's messages link to
   /rx/prescriptions/<id> (approved, rejected by an intervention, expired) and /rx/orders/<id> (paid,
   dispensed, shipped, each tracking step, returned and refunded), so a message opens its screen. */
import {PrescriptionsScreen, PrescriptionScreen} from './prescriptions.js';
import {BuyScreen, OrdersScreen, OrderScreen} from './orders.js';
import {AddressesScreen} from './addresses.js';
import {InvoicesScreen, InvoiceScreen} from './invoices.js';

const style = document.createElement('link');
style.rel = 'stylesheet';
style.href = new URL('./rx.css', import.meta.url).href;
document.head.appendChild(style);

export const routes = [
  {path: '/rx/prescriptions', component: PrescriptionsScreen, title: '我的处方'},
  {path: '/rx/prescriptions/:id', component: PrescriptionScreen, title: '电子处方'},
  {path: '/rx/prescriptions/:id/buy', component: BuyScreen, title: '在线购药'},
  {path: '/rx/orders', component: OrdersScreen, title: '药品订单'},
  {path: '/rx/orders/:id', component: OrderScreen, title: '药品订单'},
  {path: '/rx/addresses', component: AddressesScreen, title: '收货地址'},
  {path: '/rx/invoices', component: InvoicesScreen, title: '电子发票'},
  {path: '/rx/invoices/:id', component: InvoiceScreen, title: '电子发票'},
];

// Every WeChat account may hold prescriptions of its own 就诊人 or of a family member.
export const tiles = [
  {label: '我的处方', path: '#/rx/prescriptions', icon: '方', show: () => true},
  {label: '药品订单', path: '#/rx/orders', icon: '药', show: () => true},
  {label: '电子发票', path: '#/rx/invoices', icon: '票', show: () => true},
];
