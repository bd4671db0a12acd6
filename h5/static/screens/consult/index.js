/* The consultation area of the H5 client (seed 004 互联网诊疗平台, 居民移动端): finding a doctor by
   department or name, the doctor page (services and prices, rating, schedule) with follow, my
   followed and recently consulted doctors, the informed consent to accept before the first
   order, the order form and payment, my consultations by tab with their refunds, an order with its
   trail, the doctor's record and the rating, the chat with the doctor, the 诊疗记录, a video order's
   候诊室 (#/consult/orders/<id>/video), the video call (#/video/rooms/<id>) and the landing of a 视频陪诊
   invitation (#/video/invite?token=, the link bff/rooms.py writes). Routes
   under #/consult (contract at the top of h5/static/app.js); /consult/orders/<id> is the link the
   server writes into the messages of kinds consult.state and consult.refund, so a message opens it. */
import {ConsultHome, DoctorScreen} from './doctors.js';
import {ConsentScreen} from './consent.js';
import {OrderFormScreen, MyOrdersScreen, OrderScreen, RecordsScreen} from './orders.js';
import {ConsultChatScreen} from './chat.js';
import {VideoCallScreen, VideoInviteScreen} from './video.js';
import {WaitingRoomScreen} from './waiting.js';

const style = document.createElement('link');
style.rel = 'stylesheet';
style.href = new URL('./consult.css', import.meta.url).href;
document.head.appendChild(style);

export const routes = [
  {path: '/consult', component: ConsultHome, title: '找医生'},
  {path: '/consult/doctors/:id', component: DoctorScreen, title: '医生主页'},
  {path: '/consult/consent', component: ConsentScreen, title: '知情同意书'},
  {path: '/consult/order', component: OrderFormScreen, title: '图文咨询'},
  {path: '/consult/orders', component: MyOrdersScreen, title: '我的问诊'},
  {path: '/consult/orders/:id', component: OrderScreen, title: '问诊订单'},
  {path: '/consult/orders/:id/chat', component: ConsultChatScreen, title: '问诊'},
  {path: '/consult/orders/:id/video', component: WaitingRoomScreen, title: '候诊室'},
  {path: '/consult/records', component: RecordsScreen, title: '诊疗记录'},
  {path: '/video/rooms/:id', component: VideoCallScreen, title: '视频问诊'},
  {path: '/video/invite', component: VideoInviteScreen, title: '视频邀请'},
];

// Every WeChat account may consult a doctor for itself or a 就诊人.
export const tiles = [
  {label: '找医生问诊', path: '#/consult', icon: '诊', show: () => true},
  {label: '我的问诊', path: '#/consult/orders', icon: '问', show: () => true},
];
