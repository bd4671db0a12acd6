/* The consultation area of the H5 client (seed 004 互联网诊疗平台, 居民移动端): finding a doctor by
   department or name, the doctor page (services and prices, rating, schedule) with follow, my
   followed and recently consulted doctors, and the informed consent to accept before the first
   order. Routes under #/consult (contract at the top of h5/static/app.js). Orders, payment and
   the chat come with the consultation orders. */
import {ConsultHome, DoctorScreen} from './doctors.js';
import {ConsentScreen} from './consent.js';

const style = document.createElement('link');
style.rel = 'stylesheet';
style.href = new URL('./consult.css', import.meta.url).href;
document.head.appendChild(style);

export const routes = [
  {path: '/consult', component: ConsultHome, title: '找医生'},
  {path: '/consult/doctors/:id', component: DoctorScreen, title: '医生主页'},
  {path: '/consult/consent', component: ConsentScreen, title: '知情同意书'},
];

// Every WeChat account may consult a doctor for itself or a 就诊人.
export const tiles = [{label: '找医生问诊', path: '#/consult', icon: '诊', show: () => true}];
