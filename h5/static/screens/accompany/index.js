/* The cloud accompaniment area of the H5 client (seed 003 线上陪诊服务): the entries of both roles
   (#/accompany?role=patient|companion), the visits to accompany (#/accompany/visits), the invitation
   (#/accompany/invite?visit=<id> or ?task=<id>), a task's home (#/accompany/tasks/<id>, the link of the
   invitation message), the history (#/accompany/history). The video room is the consultation area's
   call screen (#/video/rooms/<id>) on the task's room. Contract at the top of h5/static/app.js. */
import {EntryScreen, AccompanyVisitsScreen, InviteScreen, TaskScreen, HistoryScreen} from './accompany.js';

// The styles are the visit assistant's (screens/visits/visits.css), loaded by that area.
export const routes = [
  {path: '/accompany', component: EntryScreen, title: '线上陪诊'},
  {path: '/accompany/visits', component: AccompanyVisitsScreen, title: '选择就诊记录'},
  {path: '/accompany/invite', component: InviteScreen, title: '陪诊邀请'},
  {path: '/accompany/history', component: HistoryScreen, title: '历史陪诊记录'},
  {path: '/accompany/tasks/:id', component: TaskScreen, title: '线上陪诊'},
];

export const tiles = [
  {label: '线上陪诊', path: '#/accompany', icon: '陪', show: () => true},
];
