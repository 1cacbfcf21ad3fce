// The page's stylesheet, inlined: system fonts, light and dark palettes, a scrollable table with a
// sticky header and row header, and chart cards.
import { BASE_STYLES } from '../report/html/base-styles.js';

export const STYLES = `${BASE_STYLES}
a { color: var(--accent); }
.wrap { max-width: 1400px; margin: 0 auto; padding: 0 28px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 12px; top: 12px; background: var(--surface); padding: 6px 10px; border-radius: 6px; z-index: 10; }

.masthead { background: var(--mast); border-bottom: 1px solid var(--border); padding: 40px 0 30px; }
.eyebrow { margin: 0 0 6px; font-size: 12.5px; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: var(--accent); }
h1 { margin: 0 0 12px; font-size: 34px; line-height: 1.15; letter-spacing: -0.02em; }
.lede { margin: 0; max-width: 78ch; color: var(--muted); font-size: 15.5px; }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(230px, 1fr)); gap: 12px; margin: 24px 0 0; }
.facts > div { background: var(--surface); border: 1px solid var(--border); border-radius: 10px; padding: 11px 14px; min-width: 0; }
.facts dt { font-size: 11.5px; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; color: var(--faint); }
.facts dd { margin: 3px 0 0; font-size: 14px; overflow-wrap: anywhere; }
.facts dd small { display: block; color: var(--muted); font-size: 12.5px; margin-top: 2px; }
.notice { margin: 16px 0 0; padding: 10px 14px; border-radius: 10px; background: var(--mid); color: var(--text); font-size: 14px; }

main { padding: 30px 0 10px; }
section { margin: 0 0 36px; }
h2 { font-size: 20px; margin: 0 0 4px; letter-spacing: -0.01em; }
.section-note { margin: 0 0 14px; color: var(--muted); font-size: 14px; }

.table-scroll { overflow-x: auto; max-width: 100%; background: var(--surface); border: 1px solid var(--border); border-radius: 12px; box-shadow: 0 1px 2px rgba(16, 24, 40, 0.04); }
.table-scroll:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
table.board { border-collapse: separate; border-spacing: 0; width: 100%; table-layout: fixed; font-size: 13px; font-variant-numeric: tabular-nums; }
col.c-system { width: 12%; } col.c-mode { width: 9%; } col.c-headline { width: 9.5%; } col.c-retention { width: 8.5%; } col.c-atant { width: 10.5%; }
col.c-safe { width: 9.5%; } col.c-pte { width: 7%; } col.c-diagnostics { width: 10.5%; } col.c-properties { width: 15%; } col.c-config { width: 8.5%; }
table.board caption { caption-side: top; text-align: left; padding: 12px 16px 4px; color: var(--muted); font-size: 13px; }
table.board th, table.board td { padding: 7px 8px; border-bottom: 1px solid var(--border); text-align: left; vertical-align: top; white-space: nowrap; }
table.board td, table.board th[scope="row"] { white-space: normal; overflow-wrap: anywhere; }
table.board thead th { white-space: normal; }
table.board td.c-config { position: relative; }
table.board tr.group th { background: var(--surface-2); font-size: 11.5px; font-weight: 600; letter-spacing: 0.05em; text-transform: uppercase; color: var(--muted); padding: 6px 10px; position: static; }
table.board tbody.refs tr.group th { background: transparent; border-top: 1px dashed var(--border-strong); color: var(--faint); }
table.board tbody.refs tr.ref > * { background: repeating-linear-gradient(135deg, transparent 0 10px, var(--surface-2) 10px 11px); }
table.board tbody.refs tr.ref th[scope="row"] .v { font-weight: 500; font-style: italic; color: var(--muted); }
.badge { display: inline-block; margin-left: 4px; padding: 0 6px; border-radius: 999px; font-size: 10.5px; font-weight: 600; font-style: normal; letter-spacing: 0.04em; text-transform: uppercase; border: 1px dashed var(--border-strong); color: var(--faint); vertical-align: 1px; }
.chips { display: flex; flex-wrap: wrap; gap: 3px; }
.chip { display: inline-block; padding: 0 5px; border-radius: 5px; font-size: 11.5px; white-space: nowrap; border: 1px solid var(--border); }
.chip.r-hi { background: var(--hi); color: var(--hi-text); } .chip.r-mid { background: var(--mid); color: var(--mid-text); } .chip.r-lo { background: var(--lo); color: var(--lo-text); }
.chip.none { color: var(--faint); font-style: italic; }
td.c-config details summary { cursor: pointer; color: var(--muted); font-size: 12px; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
td.c-config .more { position: absolute; right: 4px; top: 100%; z-index: 5; width: 420px; padding: 8px 12px; background: var(--surface); border: 1px solid var(--border-strong); border-radius: 8px; box-shadow: 0 8px 24px rgba(16, 24, 40, 0.18); font-size: 12px; color: var(--muted); }
td.c-config .more pre { margin: 6px 0; padding: 6px 8px; background: var(--surface-2); border-radius: 6px; white-space: pre-wrap; overflow-wrap: anywhere; }
td.c-config .more dl { display: grid; grid-template-columns: auto 1fr; gap: 1px 8px; margin: 4px 0; }
td.c-config .more dt { font-weight: 600; } td.c-config .more dd { margin: 0; overflow-wrap: anywhere; }
td.c-config .evidence { margin: 4px 0 0; padding-left: 16px; }
table.board tbody tr:last-child > * { border-bottom: 0; }
table.board .num { text-align: right; }
table.board .gs { border-left: 1px solid var(--border-strong); }
thead .groups th { font-size: 11px; font-weight: 600; letter-spacing: 0.07em; text-transform: uppercase; color: var(--faint); padding-top: 10px; padding-bottom: 4px; border-bottom: 0; }
thead tr:last-child th { background: var(--surface-2); border-bottom: 1px solid var(--border-strong); padding: 0; }
thead button { all: unset; box-sizing: border-box; display: flex; gap: 4px; align-items: center; width: 100%; padding: 8px 10px; cursor: pointer; font-weight: 600; font-size: 12.5px; color: var(--text); }
thead th.num button { justify-content: flex-end; }
thead button:focus-visible { outline: 2px solid var(--accent); outline-offset: -2px; border-radius: 4px; }
.sort-icon { width: 8px; opacity: 0.45; }
.sort-icon::after { content: "\\2195"; font-size: 10px; }
th[aria-sort="ascending"] .sort-icon::after { content: "\\25B2"; }
th[aria-sort="descending"] .sort-icon::after { content: "\\25BC"; }
th[aria-sort] .sort-icon { opacity: 1; color: var(--accent); }
tbody th[scope="row"] { position: sticky; left: 0; z-index: 1; background: var(--surface); font-weight: 600; font-size: 13.5px; box-shadow: 1px 0 0 var(--border); }
thead tr:last-child th:first-child { position: sticky; left: 0; z-index: 2; }
tbody tr:hover > * { background-color: var(--accent-soft); }
tbody tr:hover th[scope="row"] { background: linear-gradient(var(--accent-soft), var(--accent-soft)), var(--surface); }
td .v, th .v { display: block; }
td .d { display: block; font-size: 11.5px; color: var(--faint); margin-top: 1px; }
td.r-hi { background: var(--hi); } td.r-hi .v { color: var(--hi-text); font-weight: 600; }
td.r-mid { background: var(--mid); } td.r-mid .v { color: var(--mid-text); font-weight: 600; }
td.r-lo { background: var(--lo); } td.r-lo .v { color: var(--lo-text); font-weight: 600; }
td.c-headline .v { font-size: 15px; font-weight: 700; color: var(--text); }
td.absent .v { color: var(--faint); font-style: italic; }
.pill { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 500; border: 1px solid var(--border-strong); color: var(--muted); }
.pill { font-size: 11.5px; white-space: nowrap; }
.pill.cumulative { border-color: transparent; background: var(--accent-soft); color: var(--accent); }
td code { color: var(--muted); font-size: 12px; }
.meter { position: relative; display: block; width: 100%; max-width: 96px; height: 6px; margin: 5px 0 3px auto; border-radius: 3px; background: var(--border); }
.meter .fill { position: absolute; left: 0; top: 0; bottom: 0; border-radius: 3px; background: var(--accent); opacity: 0.85; }
.meter .ci { position: absolute; top: -3px; bottom: -3px; border-left: 2px solid var(--text); border-right: 2px solid var(--text); opacity: 0.55; }
.meter .ci::after { content: ""; position: absolute; left: 0; right: 0; top: 5px; border-top: 2px solid var(--text); }

.legend { display: flex; flex-wrap: wrap; gap: 8px 22px; margin: 14px 2px 0; padding: 0; list-style: none; font-size: 13px; color: var(--muted); }
.legend li { display: flex; gap: 8px; align-items: baseline; max-width: 60ch; }
.legend .key { flex: none; font-style: italic; font-weight: 600; color: var(--text); min-width: 2.2em; }
.swatch { display: inline-block; width: 11px; height: 11px; border-radius: 3px; vertical-align: -1px; margin-right: 4px; }
.swatch.hi { background: var(--hi-text); } .swatch.mid { background: var(--mid-text); } .swatch.lo { background: var(--lo-text); }

.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 20px; }
.charts .card.wide { grid-column: 1 / -1; }
.chart svg text { max-width: none; }

#headline .podium { background: var(--surface); border: 1px solid var(--border); border-radius: 12px; padding: 10px 16px 12px; box-shadow: 0 1px 2px rgba(16, 24, 40, 0.04); }
.podium ol { list-style: none; margin: 0; padding: 0; }
.podium li, .podium-head { display: grid; grid-template-columns: 2.4em minmax(150px, 220px) minmax(200px, 1fr) 6em 6em 6em; gap: 12px; align-items: center; padding: 5px 0; font-variant-numeric: tabular-nums; }
.podium-head { font-size: 11px; font-weight: 600; letter-spacing: 0.07em; text-transform: uppercase; color: var(--faint); border-bottom: 1px solid var(--border); }
.podium .rank { color: var(--faint); font-weight: 600; text-align: right; }
.podium .name { font-weight: 600; overflow-wrap: anywhere; }
.podium .num { text-align: right; }
.podium .big { font-size: 17px; font-weight: 700; }
.podium .muted { color: var(--muted); }
.podium .ref-note { margin: 8px 0 2px; padding-top: 6px; border-top: 1px dashed var(--border-strong); font-size: 11px; font-weight: 600; letter-spacing: 0.07em; text-transform: uppercase; color: var(--faint); }
.podium ol.refs li { color: var(--muted); }
.podium ol.refs .name { font-weight: 500; font-style: italic; }
.hbar { position: relative; display: block; height: 10px; border-radius: 5px; background: var(--border); }
.hbar .fill { position: absolute; left: 0; top: 0; bottom: 0; border-radius: 5px; background: var(--accent); }
.podium ol.refs .hbar .fill { background: repeating-linear-gradient(45deg, var(--faint) 0 4px, transparent 4px 7px); }
.hbar .ci { position: absolute; top: -3px; bottom: -3px; border-left: 2px solid var(--text); border-right: 2px solid var(--text); opacity: 0.5; }
figure.card { margin: 0; background: var(--surface); border: 1px solid var(--border); border-radius: 12px; padding: 18px 20px 14px; box-shadow: 0 1px 2px rgba(16, 24, 40, 0.04); min-width: 0; }
figure.card h3 { margin: 0 0 2px; font-size: 16px; }
figure.card figcaption p { margin: 0 0 10px; color: var(--muted); font-size: 13.5px; }
.chart { color: var(--text); }
.chart svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
.empty { padding: 40px 10px; text-align: center; color: var(--faint); font-style: italic; }

.provenance { font-size: 13.5px; color: var(--muted); }
.provenance h2 { color: var(--text); }
.provenance ul { margin: 6px 0 0; padding-left: 20px; }
footer { border-top: 1px solid var(--border); padding: 18px 0 30px; color: var(--faint); font-size: 12.5px; }
@media (max-width: 640px) { .wrap { padding: 0 16px; } h1 { font-size: 27px; } .charts { grid-template-columns: 1fr; } }
@media print { .table-scroll { overflow: visible; } thead button .sort-icon { display: none; } }
`;
