/* The patient and relative area of the H5 client (seed 003 一键式病案服务 患者端, 家庭健康管理;
   seed 004 帮助与反馈): its routes under #/me, #/family, #/records, #/messages and #/support, and
   its home tiles (contract at the top of h5/static/app.js). Paths match the links the server
   writes into messages (/records/requests/12, /family/3/applications, /family/invites,
   /support/tickets/5), so a message opens its screen. */
import {MeScreen, AccessesScreen} from './identity.js';
import {FamilyHome, FamilyScreen, MemberScreen, JoinScreen} from './family.js';
import {RecordsScreen, RecordFormScreen, RecordDetailScreen} from './records.js';
import {MessagesScreen, unreadCount} from './messages.js';
import {SupportHome, FeedbackFormScreen, MyTicketsScreen, TicketScreen} from './support.js';
import {ChatScreen} from './chat.js';
import {ArchiveScreen} from './archive.js';
import {BookingScreen, MyBookingsScreen} from './booking.js';

// The area's own styles, next to its modules (the shell's stylesheet stays the shell's).
const style = document.createElement('link');
style.rel = 'stylesheet';
style.href = new URL('./patient.css', import.meta.url).href;
document.head.appendChild(style);

export const routes = [
  {path: '/me', component: MeScreen, title: '实名信息与就诊人'},
  {path: '/me/accesses', component: AccessesScreen, title: '谁查看了我的数据'},
  {path: '/family', component: FamilyHome, title: '家庭健康管理'},
  {path: '/family/invites', component: FamilyHome, title: '家庭健康管理'},
  {path: '/family/join', component: JoinScreen, title: '加入家庭'},
  {path: '/family/patients/:id/archive', component: ArchiveScreen, title: '健康档案'},
  {path: '/family/booking', component: BookingScreen, title: '家庭门诊预约'},
  {path: '/family/booking/mine', component: MyBookingsScreen, title: '我的预约'},
  {path: '/family/:id', component: FamilyScreen, title: '我的家庭'},
  {path: '/family/:id/applications', component: FamilyScreen, title: '我的家庭'},
  {path: '/family/:id/members/:account', component: MemberScreen, title: '成员主页'},
  {path: '/records', component: RecordsScreen, title: '一键病案'},
  {path: '/records/new', component: RecordFormScreen, title: '申请病案复印'},
  {path: '/records/requests/:id', component: RecordDetailScreen, title: '申请详情'},
  {path: '/messages', component: MessagesScreen, title: '消息中心'},
  {path: '/support', component: SupportHome, title: '帮助与反馈'},
  {path: '/support/new', component: FeedbackFormScreen, title: '问题反馈'},
  {path: '/support/tickets', component: MyTicketsScreen, title: '我的反馈'},
  {path: '/support/tickets/:id', component: TicketScreen, title: '反馈详情'},
  {path: '/support/chat', component: ChatScreen, title: '在线客服'},
];

// Every WeChat account can be a patient or a relative, physicians included.
const everyone = () => true;

export const tiles = [
  {label: '实名与就诊人', path: '#/me', icon: '证', show: everyone},
  {label: '家庭健康', path: '#/family', icon: '家', show: everyone},
  {label: '一键病案', path: '#/records', icon: '病', show: everyone},
  {label: '消息中心', path: '#/messages', icon: '信', show: everyone, badge: unreadCount},
  {label: '帮助与反馈', path: '#/support', icon: '助', show: everyone},
];
