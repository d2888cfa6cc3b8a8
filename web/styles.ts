/** The citizen's stylesheet, served from our origin as /assets/site.<version>.css. Mobile first, no web fonts. */
export const SITE_CSS = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:17px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;background:#f4f5f7}
main{max-width:40rem;margin:0 auto;padding:1rem}
header{background:#0b3d6b;color:#fff;padding:1rem}
header p{margin:.2rem 0 0;opacity:.95}
h1{font-size:1.35rem;margin:0}
h2{font-size:1.15rem;margin:1.5rem 0 .5rem;color:#0b3d6b}
a{color:#0b4f8a}
a:focus-visible,input:focus-visible+span,select:focus-visible,textarea:focus-visible,button:focus-visible,.alert:focus{outline:3px solid #1a1a1a;outline-offset:2px}
fieldset,.box{border:0;margin:0 0 1rem;padding:.75rem;background:#fff;border-radius:.5rem;box-shadow:0 1px 2px rgba(0,0,0,.12)}
legend{float:left;width:100%;padding:0;margin-bottom:.5rem;font-weight:600}
legend+*{clear:both}
.opts{display:grid;gap:.4rem}
.stars{grid-template-columns:repeat(6,1fr)}
.opt{position:relative;display:block}
.opt input{position:absolute;opacity:0;width:1px;height:1px}
.opt>span{display:flex;align-items:center;justify-content:center;min-height:3rem;padding:.5rem .75rem;border:2px solid #6b7280;border-radius:.5rem;background:#fff;text-align:center;cursor:pointer}
.opt input:checked+span{background:#0b3d6b;border-color:#0b3d6b;color:#fff;font-weight:600}
.stars .opt>span{padding:.5rem 0;font-size:1.05rem}
@media (max-width:20rem){.stars{grid-template-columns:repeat(3,1fr)}}
h1,legend,label{overflow-wrap:anywhere}
@supports selector(:has(*)){.improve:not(.on){display:none}form:has(.skm input[value="1"]:checked,.skm input[value="2"]:checked) .improve{display:block}}
a.lang{display:inline-block;min-height:44px;padding:.6rem 0}
.hint{font-size:.9rem;color:#4b5563;margin:.25rem 0 .5rem}
.err{color:#b00020;font-weight:600;margin:.4rem 0 0}
.bad{box-shadow:0 0 0 2px #b00020}
.alert{background:#fff4f4;border:2px solid #b00020;border-radius:.5rem;padding:.75rem;margin:1rem 0}
.note{background:#eef5fb;border-radius:.5rem;padding:.75rem;margin:1rem 0;font-size:.95rem}
label.field{display:block;font-weight:600;margin:.5rem 0 .25rem}
select,textarea{width:100%;font:inherit;padding:.6rem;border:2px solid #6b7280;border-radius:.5rem;background:#fff;color:inherit}
select{min-height:3rem}
textarea{min-height:6rem}
button{width:100%;min-height:3.25rem;margin:1rem 0;font:inherit;font-weight:700;color:#fff;background:#0b3d6b;border:0;border-radius:.5rem;cursor:pointer}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
footer{font-size:.9rem;color:#4b5563;padding:1rem 0 2rem}
`;

/**
 * What the dashboard, reports, posters and public pages add: tables, cards, charts, print layout.
 * Served with SITE_CSS as /assets/full.<version>.css, so the survey page never downloads it.
 */
export const EXTRA_CSS = `
pre.code{overflow-x:auto;background:#1f2933;color:#f5f7fa;padding:.75rem;border-radius:.5rem;font-size:.85rem}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}
th,td{border-bottom:1px solid #d1d5db;padding:.35rem;text-align:left;vertical-align:top}
caption{text-align:left;font-weight:600}
.admin header.bar{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem;padding:.6rem 1rem}
.admin header.bar a{color:#fff;margin-right:1rem;font-weight:600}
.who{font-size:.9rem}
form.inline{display:inline}
button.link{width:auto;min-height:0;margin:0;padding:.3rem .6rem;background:#fff;color:#0b3d6b;font-weight:600}
button.small{width:auto;min-height:2.5rem;margin:.25rem 0;padding:0 1rem}
main.wide{max-width:72rem}
input.text{width:100%;font:inherit;padding:.6rem;border:2px solid #6b7280;border-radius:.5rem;min-height:2.75rem}
.inline-form input.text{width:auto}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.75rem}
.card h2{margin-top:0}
.big{font-size:2rem;font-weight:700;margin:.25rem 0}
.warn{color:#8a4b00;font-size:.9rem}
.scroll{overflow-x:auto}
.grid th,.grid td{white-space:nowrap}
.cols{display:grid;align-items:start;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.75rem}
.chart svg{width:100%;height:auto;background:#fff;border-radius:.5rem}
.comments{list-style:none;padding:0}
.comment{white-space:pre-wrap;overflow-wrap:anywhere}
table.zi td{overflow-wrap:anywhere}
table.zi .num{text-align:right;white-space:nowrap}
.ref{overflow-wrap:anywhere}
.verdicts{padding-left:1.2rem}
.verdict.does_not_meet strong{color:#8a1c1c}
@media print{.noprint,.admin header.bar{display:none}main.wide{max-width:none;padding:0}table.zi{break-inside:avoid}}
.picker select{margin-bottom:.5rem}
@media print{header.bar,.picker,form,details{display:none}body{background:#fff}.box{box-shadow:none;border:1px solid #ccc}}
.poster{background:#fff}
.poster main{max-width:180mm;text-align:center;padding-top:15mm}
.poster h1{font-size:2.2rem;margin:1.5rem 0}
.poster-unit{font-size:1.6rem;font-weight:700;margin:0}
.poster-service{font-size:1.3rem;margin:.25rem 0}
.poster-qr svg{width:120mm;height:120mm}
.poster-url{font-size:1.3rem;font-family:monospace}
.poster-score{font-size:5rem;font-weight:800;margin:1rem 0;color:#0b3d6b}
@page{size:A4;margin:12mm}
.report{background:#fff;page:report}
.report main{max-width:190mm;padding:1rem}
.report h1{font-size:1.8rem}
.report h2{font-size:1.2rem;border-bottom:1px solid #0b3d6b;padding-bottom:.2rem}
.report h3{font-size:1rem;margin:1rem 0 .4rem}
.report p,.report li{overflow-wrap:anywhere}
.report .grid{font-size:.85rem}
.report table{table-layout:fixed;width:100%}
.report th,.report td{white-space:normal;overflow-wrap:anywhere}
.report .num{text-align:right}
.report .total th,.report .total td{font-weight:700;border-top:2px solid #0b3d6b}
.report .cell-note,.report .answers{display:block;font-size:.8rem;color:#4b5563}
.report .profile{display:grid;align-items:start;grid-template-columns:repeat(2,minmax(0,1fr));gap:0 1rem}
.report .chart svg{max-width:100%}
.report .w6{width:6%}.report .w8{width:8%}.report .w10{width:10%}.report .w11{width:11%}.report .w12{width:12%}.report .w13{width:13%}.report .w14{width:14%}.report .w15{width:15%}.report .w17{width:17%}.report .w18{width:18%}.report .w19{width:19%}.report .w20{width:20%}.report .w22{width:22%}.report .w24{width:24%}.report .w26{width:26%}.report .w31{width:31%}.report .w42{width:42%}.report .w44{width:44%}.report .w46{width:46%}.report .w60{width:60%}.report .w72{width:72%}
.report .cover{page:report-cover;text-align:center;padding-top:45mm}
.report .cover h1{margin:.5rem 0 2rem}
.report .cover-kind{font-size:1.3rem;letter-spacing:.2em;text-transform:uppercase;margin:0}
.report .cover-period{font-size:1.4rem;font-weight:700}
.report .cover-unit{font-size:1.3rem;font-weight:700;margin:3rem 0 .25rem}
.report .cover-org{font-size:1.15rem;margin:0 0 4rem}
.report .center{text-align:center;border:0}
.report .sign{margin:2.5rem 0 0 auto;width:50%}
.report .sign p{margin:.1rem 0}
.report .sign-space{height:28mm}
.report .sign-name{font-weight:700;text-decoration:underline}
.report .bab,.report .appendix,.report .approval{break-before:page}
@media screen{.report .cover{padding-bottom:15mm;border-bottom:1px dashed #9ca3af}}
.tools{max-width:190mm;margin:0 auto;padding:1rem 1rem 0;display:flex;justify-content:flex-end}
.tools button{width:auto;margin:0;padding:0 1.25rem}
@page report{size:A4;margin:20mm 18mm 22mm;@bottom-center{content:"Halaman " counter(page);font:9pt system-ui,sans-serif;color:#4b5563}}
@page report-cover{size:A4;margin:20mm 18mm;@bottom-center{content:none}}
@media print{body.report{font-size:11pt}.report main{max-width:none;padding:0}.no-print{display:none}.report h2,.report h3{break-after:avoid}.report tr,.report figure,.report .sign,.report .unsur,.report .perception{break-inside:avoid}.report p{orphans:3;widows:3}}
.tree th,.tree td{white-space:normal}
.tree .block{display:block}
.tree .hint{margin:0;font-size:.8rem}
table.tree th.unit{min-width:11rem}
.tree .lvl-1{padding-left:1.25rem}.tree .lvl-2{padding-left:2.5rem}.tree .lvl-3{padding-left:3.75rem}
.tree .lvl-4{padding-left:5rem}.tree .lvl-5{padding-left:6.25rem}.tree .lvl-6{padding-left:7.5rem}
.tree .path{font-weight:400}
.flags{list-style:none;padding:0;margin:.2rem 0}
.flags li{display:inline-block;background:#fff4e5;color:#7a4100;border:1px solid #d08a2e;border-radius:.25rem;padding:0 .3rem;margin:.1rem .25rem 0 0;font-size:.8rem;font-weight:600}
.tabs{margin:.5rem 0}
.tabs a,.tabs strong{margin-right:1rem}
.controls .inline-form{margin:.5rem 0}
select.compact{width:auto;min-height:2.5rem}
.legend ul{margin:.25rem 0;padding-left:1.2rem;font-size:.9rem}
.ranking .rank{font-weight:700;white-space:nowrap}
.unranked li{margin:.3rem 0}
@media (max-width:48rem){table.tree,table.tree tbody,table.tree tr,table.tree th,table.tree td{display:block;width:auto}
table.tree thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table.tree tr{border-bottom:2px solid #d1d5db;padding:.4rem 0}
table.tree th,table.tree td{border:0;padding:.15rem 0}
table.tree th.unit{min-width:0}
table.tree td[data-label]::before{content:attr(data-label) ": ";font-weight:600}
.tree .lvl-1{padding-left:.5rem}.tree .lvl-2{padding-left:1rem}.tree .lvl-3{padding-left:1.5rem}
.tree .lvl-4{padding-left:2rem}.tree .lvl-5{padding-left:2.5rem}.tree .lvl-6{padding-left:3rem}}
.picker{display:flex;flex-wrap:wrap;align-items:center;gap:.25rem 1rem;padding:.5rem .75rem}
.pick{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem .5rem}
.pick label{font-size:.9rem;font-weight:600}
.pick select,.pick input.text{width:auto;min-height:2.5rem;padding:.3rem .5rem;margin:0}
.pick button.small{margin:0}
.picker summary{cursor:pointer;padding:.4rem 0}
details.fold>summary{cursor:pointer}
details.fold>summary h2{display:inline-block;margin:1rem 0 .5rem}
.comments .hint input{width:1.25rem;height:1.25rem;vertical-align:middle;margin:0 .25rem 0 0}
.bulk .hint{margin:0 0 .25rem}
.pager{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center;margin:.75rem 0}
.pager a{display:inline-block;padding:.5rem 0}
figure.chart{margin:.5rem 0}
.chart svg.px{overflow:visible}
@media (max-width:520px){.chart text.odd{display:none}}
.a4{background:#fff}
.a4-notes{max-width:186mm;margin:0 auto;padding:.5rem 1rem 0}
.a4 main{max-width:186mm;margin:0 auto;padding:0}
.a4-poster{height:268mm;display:flex;flex-direction:column;align-items:center;text-align:center;gap:3mm}
.a4-poster p,.a4-poster h1,.a4-poster h2,.a4-steps{margin:0;overflow-wrap:anywhere}
.a4-org{font-size:14pt;color:#374151}
.a4-unit{font-size:30pt;line-height:1.15;color:#0b3d6b}
.a4-desk{display:flex;flex-wrap:wrap;justify-content:center;align-items:center;gap:2mm 5mm}
.a4-label{background:#0b3d6b;color:#fff;font-size:26pt;font-weight:800;padding:1mm 6mm;border-radius:3mm}
.a4-service{font-size:18pt;font-weight:600}
.a4-unit.long{font-size:20pt}.a4-label.long{font-size:16pt}
.a4-call{font-size:24pt;color:#1a1a1a;margin-top:2mm}
.a4-qr{flex:1 1 0;min-height:0;width:100%;display:flex;justify-content:center}
.a4-qr svg{height:100%;width:auto;max-width:100%;aspect-ratio:1}
.a4-steps{list-style:none;padding:0;display:grid;grid-template-columns:repeat(3,1fr);gap:3mm;width:100%;counter-reset:step}
.a4-steps li{counter-increment:step;font-size:14pt;font-weight:600;border:.6mm solid #0b3d6b;border-radius:3mm;padding:2mm}
.a4-steps li::before{content:counter(step);display:block;font-size:20pt;font-weight:800;color:#0b3d6b}
.a4-url{font-size:12pt}
.a4-url strong{font-family:monospace;font-size:14pt;overflow-wrap:anywhere}
.a4-thanks{font-size:12pt;color:#374151}
.a4-sheet{height:268mm;display:grid;grid-template-columns:1fr 1fr;grid-template-rows:repeat(4,1fr);break-after:page}
.a4-sheet:last-child{break-after:auto}
.a4-card{display:flex;align-items:center;gap:3mm;padding:3mm;border:1px dashed #6b7280;overflow:hidden;min-width:0}
.a4-card-qr svg{display:block;width:46mm;height:46mm}
.a4-card-text{min-width:0;flex:1}
.a4-card-text p{margin:0 0 1mm;overflow-wrap:anywhere}
.a4-card-label,.a4-card-service,.a4-card-unit{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden}
.a4-card-unit{-webkit-line-clamp:3}
.a4-card-label{font-size:15pt;font-weight:800;color:#0b3d6b}
.a4-card-service{font-size:11pt;font-weight:600}
.a4-card-unit{font-size:10pt}
.a4-card-scan{font-size:9pt;color:#374151}
.a4-card-url{font-family:monospace;font-size:8pt}
@media print{.a4 .a4-notes{display:none}}
.trend svg{max-width:30rem;display:block;margin:0 auto}
.unsur-public th,.unsur-public td{overflow-wrap:anywhere}
.unsur-public .num{text-align:right;white-space:nowrap}
.actions li{margin:.3rem 0;overflow-wrap:anywhere}
.setup-tree{list-style:none;padding:0;margin:0}.setup-tree li{margin:.25rem 0;overflow-wrap:anywhere}
.setup-tree .d1{padding-left:1rem}.setup-tree .d2{padding-left:2rem}.setup-tree .d3{padding-left:3rem}.setup-tree .d4{padding-left:4rem}
.setup-tree .d5,.setup-tree .d6,.setup-tree .d7,.setup-tree .d8{padding-left:5rem}
.setup-preview th,.setup-preview td,.setup-errors th,.setup-errors td{white-space:normal;overflow-wrap:break-word}
@media (max-width:40rem){.setup-preview thead{display:none}.setup-preview tr,.setup-preview td{display:block}.setup-preview tr{border-bottom:2px solid #d1d5db;padding:.25rem 0}.setup-preview td{border:0;padding:.1rem 0}.setup-preview td::before{content:attr(data-label) ": ";font-weight:600}}
.flag-card{padding:.5rem .75rem;margin:.5rem 0}
.flag-list .inline-form{margin:.4rem 0}
.flag-list .inline-form select{width:auto;max-width:100%}
.webhooks{list-style:none;padding:0;margin:0}.webhook h3{font-size:1rem;margin:.5rem 0 .25rem}
.deliveries{padding-left:1.2rem;font-size:.9rem;margin:.25rem 0 .5rem}.deliveries li,.webhook p{overflow-wrap:anywhere}
#new-webhook label.check{display:block;margin:.4rem 0;overflow-wrap:anywhere}
`;
