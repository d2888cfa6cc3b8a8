import { assetPath } from "./asset-path";

/**
 * The citizen pages' one script, as plain ES2017 text kept small by hand (no bundler, no transpiled helpers;
 * test/browser/offline.test.ts holds it to 3 KB gzip). It only enhances the plain form:
 * - a phone keeps its answers and the page's visit token on the device as they are tapped ("zi-draft:<code>"),
 *   so a reload or back restores both and the token's issue time still counts (no false "too fast");
 * - a submission goes into a durable outbox ("zi-outbox") and is sent through POST /api/v1/responses with that
 *   token, in order; a network failure, 5xx or 429 keeps it there (retried on "online", with backoff from 2 s
 *   to 5 min, and on the next page of ours that loads this script); a replay answers 200, so a copy sent twice
 *   still counts once; any other refusal lets the form submit natively, so the server words the message;
 * - on /k/{code} (data-kiosk), one section per screen, a visit token per respondent from a pool fetched ahead
 *   ("zi-tokens:<code>"), a thank-you and a reset after THANKS_MS, and a reset after IDLE_MS untouched.
 *   The pool is read afresh before each change: a refill must never put back a token a reset just took, or
 *   the next respondent's answers would count as a replay of the previous one's. A respondent with no token
 *   left (long offline) is queued without one and gets a fresh token when sent.
 * The config and the localized messages are data attributes of #zi-off (web/components/OfflineStatus).
 */
const SOURCE = String.raw`(()=>{
var d=document,cfg=d.getElementById("zi-off");if(!cfg)return;
var ds=cfg.dataset,form=d.querySelector("form[method=post]"),st=d.getElementById("zi-st");
var OUT="zi-outbox",FIRST_RETRY=2e3,MAX_RETRY=3e5,DRAFT_MS=72*36e5,POOL=10,THANKS_MS=6e3,IDLE_MS=9e4;
var PROFILE=["age","gender","education","occupation"];
var m=/^\/s\/([^/?]+)/.exec(form?form.getAttribute("action"):location.pathname),code=m&&decodeURIComponent(m[1]);
var kiosk="kiosk" in ds&&form,mine={},delay=FIRST_RETRY,timer=0,busy=0,again=0,idle=0,k;
var get=(k,f)=>{try{return JSON.parse(localStorage.getItem(k))||f}catch(e){return f}},Q=()=>get(OUT,[]);
var put=(k,v)=>{try{v==null?localStorage.removeItem(k):localStorage.setItem(k,JSON.stringify(v))}catch(e){}};
var fill=(t,v)=>t.replace(/\{(\w+)\}/g,(a,k)=>k in v?v[k]:a),draftKey=c=>"zi-draft:"+c;
var say=(t,focus)=>{if(!st)return;st.textContent="";if(!t)return;var p=d.createElement("p");p.className="note";p.textContent=t;st.append(p);focus&&st.focus()};
var fields=()=>{var o={};for(var[k,v]of new FormData(form))if(v!=="")o[k]=v;return o};
var body=f=>{var b={token:f.token||"",answers:{},profile:{},lang:f.lang};
for(var k in f){var v=f[k];if(/^[UPA]\d$/.test(k))b.answers[k]=+v;else if(PROFILE.includes(k))b.profile[k]=v;
else if(k=="steered")b.steered=v=="ya";else if(k=="comment"||k=="improvement")b[k]=v}return b};
var restore=f=>{for(var k in f){var el=form.elements[k];if(!el||k=="lang")continue;
if(el.length&&!el.options)for(var e of el)e.checked=e.value==f[k];else el.value=f[k]}};
var token=async c=>{var r=await fetch("/api/v1/touchpoints/"+encodeURIComponent(c)+"/visit",{cache:"no-store"});
if(!r.ok)throw r;var j=await r.json();return{t:j.token,exp:Date.parse(j.expiresAt)}};
var keep=it=>put(OUT,Q().map(x=>x.id==it.id?it:x)),drop=it=>put(OUT,Q().filter(x=>x.id!=it.id));
async function send(it){var r;
try{if(!it.body.token){it.body.token=(await token(it.code)).t;keep(it)}
r=await fetch("/api/v1/responses",{method:"POST",headers:{"Content-Type":"application/json"},body:JSON.stringify(it.body)})}
catch(e){return{k:"retry"}}
if(r.status<300)return{k:"ok"};
if(r.status==429)return{k:"retry",wait:1e3*(+r.headers.get("Retry-After")||60)};
if(r.status>=500)return{k:"retry"};
var c="";try{c=(await r.json()).error.code}catch(e){}
return c=="TOO_FAST"?{k:"retry",wait:6e3}:{k:"refused"}}
async function flush(){if(busy){again=1;return}busy=1;clearTimeout(timer);var wait=0;
try{for(;;){again=0;var it=Q()[0];if(!it)break;var r=await send(it);
if(r.k=="retry"){wait=Math.max(r.wait||0,delay);delay=Math.min(delay*2,MAX_RETRY);break}
drop(it);delay=FIRST_RETRY;r.k=="ok"?sent(it):refused(it)}}finally{busy=0}
if(again)return flush();if(wait)timer=setTimeout(flush,wait);
if(!kiosk&&Q().some(x=>mine[x.id]))say(ds.saved)}
function sent(it){if(it.kiosk)return;put(draftKey(it.code),null);
if(mine[it.id]){location.href="/s/"+encodeURIComponent(it.code)+"/terima-kasih?lang="+it.lang}
else if(!kiosk&&!Q().length)say(ds.sent)}
function refused(it){if(it.kiosk)return;var f=it.f;delete f.token;put(draftKey(it.code),{t:null,f,at:Date.now()});
if(mine[it.id]){restore(f);HTMLFormElement.prototype.submit.call(form)}}
function enqueue(f){var it={id:Date.now()+"-"+Math.random().toString(36).slice(2),code,lang:f.lang||"id",kiosk:!!kiosk,f,body:body(f)};
put(OUT,Q().filter(x=>!it.body.token||x.body.token!=it.body.token).concat([it]));return it}
function saveDraft(){var f=fields(),t=f.token;delete f.token;put(draftKey(code),{t,f,at:Date.now()})}
function phone(){var dr=get(draftKey(code),null);
if(dr&&dr.at>Date.now()-DRAFT_MS){restore(dr.f);if(dr.t)form.elements.token.value=dr.t}else put(draftKey(code),null);
for(var x of Q())if(x.code==code&&!x.kiosk){mine[x.id]=1;restore(x.f)}
form.addEventListener("change",saveDraft);form.addEventListener("input",saveDraft)}
function submit(e){var f=fields();if(f.website)return;e.preventDefault();var it=enqueue(f);
if(!Q().some(x=>x.id==it.id))return HTMLFormElement.prototype.submit.call(form);if(kiosk)return k();mine[it.id]=1;say(ds.sending);flush().then(()=>Q().some(x=>x.id==it.id)&&say(ds.saved,1))}
function kioskMode(){
var screens=[],cur=0,group,nav=d.createElement("div"),bar=d.createElement("progress"),txt=d.createElement("p");
var back=d.createElement("button"),next=d.createElement("button"),TK="zi-tokens:"+code;
for(var el of form.children){if(el.type=="hidden"||el.className=="hp")continue;
if(el.tagName=="SECTION"){screens.push([el]);group=0}else if(el.tagName=="BUTTON"&&screens.length)screens[screens.length-1].push(el);else{if(!group)screens.push(group=[]);group.push(el)}}
txt.id="zi-step";back.type=next.type="button";back.textContent=ds.back;next.textContent=ds.next;nav.className="kiosk-nav";
bar.max=screens.length;nav.append(back,next);form.append(nav);form.before(txt,bar);
var man=d.querySelector("link[rel=manifest]");man&&d.head.append(man);
var show=i=>{cur=i;screens.forEach((s,j)=>s.forEach(el=>el.hidden=j!=i));
bar.value=i+1;txt.textContent=fill(ds.progress,{n:i+1,total:screens.length});back.hidden=!i;next.hidden=i==screens.length-1;
scrollTo(0,0);var h=screens[i][0].querySelector("h2,legend,label");if(h&&i){h.tabIndex=-1;h.focus()}};
back.onclick=()=>show(cur-1);
next.onclick=()=>{var bad=screens[cur].map(s=>[...s.querySelectorAll("[required]")].find(i=>!i.checkValidity())).find(i=>i);
bad?bad.reportValidity():show(cur+1)};
var pool=()=>get(TK,[]).filter(x=>x.exp>Date.now()+36e5);
var refill=async()=>{try{while(pool().length<POOL){var t=await token(code);put(TK,pool().concat([t]))}}catch(e){}};
var reset=()=>{clearTimeout(idle);form.reset();var p=pool(),t=p.shift();put(TK,p);
form.elements.token.value=t?t.t:"";form.hidden=txt.hidden=bar.hidden=false;say("");show(0);refill()};
var touch=()=>{clearTimeout(idle);idle=setTimeout(reset,IDLE_MS)};
for(var ev of["input","change","pointerdown","keydown"])form.addEventListener(ev,touch);
show(0);refill();addEventListener("online",refill);
return()=>{clearTimeout(idle);form.hidden=txt.hidden=bar.hidden=true;say(ds.thanks,1);
flush().then(()=>{var n=Q().length;n&&say(ds.thanks+" "+fill(ds.queued,{n}))});setTimeout(reset,THANKS_MS)}}
if(form){kiosk?k=kioskMode():phone();form.addEventListener("submit",submit)}
else if(code&&/\/terima-kasih$/.test(location.pathname))put(draftKey(code),null);
addEventListener("online",()=>{delay=FIRST_RETRY;flush()});
addEventListener("pageshow",e=>e.persisted&&flush());
flush()})();`;

export const SURVEY_JS = SOURCE;
export const SURVEY_JS_PATH = assetPath("survey", "js", SURVEY_JS);
