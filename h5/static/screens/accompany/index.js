/* The cloud accompaniment area of the H5 client (seed 003 线上陪诊服务): the entries of both roles
   (#/accompany?role=patient|companion), the visits to accompany (#/accompany/visits), the invitation
   (#/accompany/invite?visit=<id> or ?task=<id>), a task's home (#/accompany/tasks/<id>, the link of the
   invitation message), the history (#/accompany/history), the task's video room 云陪诊室
   (#/accompany/tasks/<id>/video, the shared video client). Contract at the top of h5/static/app.js. */
import {EntryScreen, AccompanyVisitsScreen, InviteScreen, TaskScreen, HistoryScreen} from './accompany.js';
import {AccompanyVideoScreen} from './video.js';

// The styles are the visit assistant's (screens/visits/visits.css), loaded by that area.
export const routes = [
  {path: '/accompany', component: EntryScreen, title: '线上陪诊'},
  {path: '/accompany/visits', component: AccompanyVisitsScreen, title: '选择就诊记录'},
  {path: '/accompany/invite', component: InviteScreen, title: '陪诊邀请'},
  {path: '/accompany/history', component: HistoryScreen, title: '历史陪诊记录'},
  {path: '/accompany/tasks/:id', component: TaskScreen, title: '线上陪诊'},
  {path: '/accompany/tasks/:id/video', component: AccompanyVideoScreen, title: '云陪诊室'},
];

export const tiles = [
  {label: '线上陪诊', path: '#/accompany', icon: '陪', show: () => true},
];
