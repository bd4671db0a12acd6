/* The visit assistant area of the H5 client (seed 003 门诊就医助手): my visits by 就诊人 (#/visits), the
   to-dos (#/visits/todos), a visit with its steps live (#/visits/<id>, `?step=<code>` opens that step:
   the link of a to-do and of the server's step notices). Contract at the top of h5/static/app.js. */
import {api} from '../../api.js';
import {MyVisitsScreen, TodosScreen, VisitScreen} from './visits.js';
import {VISITS} from './lib.js';

const style = document.createElement('link');
style.rel = 'stylesheet';
style.href = new URL('./visits.css', import.meta.url).href;
document.head.appendChild(style);

export const routes = [
  {path: '/visits', component: MyVisitsScreen, title: '就医助手'},
  {path: '/visits/todos', component: TodosScreen, title: '待办事项'},
  {path: '/visits/:id', component: VisitScreen, title: '就诊详情'},
];

export const tiles = [
  // The badge: the open to-dos (挂号待支付, 当前就诊中, 报告已出, 药品已备好...).
  {label: '就医助手', path: '#/visits', icon: '医', show: () => true,
   badge: async () => (await api.get(`${VISITS}/todos`)).items.filter((t) => !t.state || t.state === 'open').length},
];
