// The drill-down page's stylesheet (after BASE_STYLES).
export const DRILLDOWN_STYLES = `
a { color: var(--accent); }
.wrap { max-width: 1400px; margin: 0 auto; padding: 0 24px; }
header.top { background: var(--mast); border-bottom: 1px solid var(--border); padding: 18px 0 14px; }
.back { font-size: 13px; }
h1 { margin: 6px 0 10px; font-size: 26px; letter-spacing: -0.01em; }
h1 .sub { font-size: 15px; font-weight: 500; color: var(--muted); }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 8px; margin: 0; }
.facts > div { background: var(--surface); border: 1px solid var(--border); border-radius: 8px; padding: 7px 11px; min-width: 0; }
.facts dt { font-size: 11px; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; color: var(--faint); }
.facts dd { margin: 2px 0 0; font-size: 13px; overflow-wrap: anywhere; }
.viol-summary, .hint { margin: 10px 0 0; font-size: 13px; color: var(--muted); }
main { padding: 14px 0; }
.filters { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: center; position: sticky; top: 0; z-index: 3; background: var(--bg); padding: 10px 0; border-bottom: 1px solid var(--border); font-size: 13px; }
.filters select { max-width: 220px; font: inherit; padding: 2px 4px; }
.filters button { font: inherit; padding: 2px 10px; }
.filters .count { margin: 0 0 0 auto; color: var(--muted); }
table.questions-table { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 13px; background: var(--surface); }
.questions-table col.c-story { width: 150px; } .questions-table col.c-q { width: 270px; } .questions-table col.c-o { width: 150px; } .questions-table col.c-w { width: 250px; }
.questions-table th { text-align: left; font-size: 12px; color: var(--muted); padding: 8px; border-bottom: 1px solid var(--border-strong); background: var(--surface-2); }
.questions-table td { padding: 8px; border-bottom: 1px solid var(--border); vertical-align: top; overflow-wrap: anywhere; }
.questions-table tr[hidden] { display: none; }
.d { display: block; font-size: 11.5px; color: var(--faint); }
.phase { display: inline-block; font-size: 11px; padding: 0 5px; border-radius: 4px; background: var(--surface-2); color: var(--muted); }
.kws { margin-top: 4px; display: flex; flex-wrap: wrap; gap: 3px; }
.kw { font-size: 11.5px; padding: 0 5px; border-radius: 4px; }
.kw-hit { background: var(--hi); color: var(--hi-text); } .kw-miss { background: var(--lo); color: var(--lo-text); text-decoration: line-through; text-decoration-thickness: 1px; }
td.answer, .answer { font-size: 12.5px; white-space: pre-wrap; }
.answer.small { font-size: 11.5px; margin-top: 3px; max-height: 9em; overflow: hidden; }
.budgeted { background: var(--accent-soft); border-radius: 3px; }
.beyond { color: var(--faint); }
.cut { display: block; font-size: 11px; font-style: italic; color: var(--faint); margin-top: 2px; }
.empty-answer { color: var(--faint); font-style: italic; }
mark { background: rgba(250, 204, 21, 0.45); color: inherit; border-radius: 2px; }
.o { display: inline-block; font-size: 11.5px; font-weight: 600; padding: 0 6px; border-radius: 999px; margin: 0 4px 3px 0; }
.o-pass { background: var(--hi); color: var(--hi-text); } .o-fail { background: var(--lo); color: var(--lo-text); } .o-error, .o-skip { background: var(--mid); color: var(--mid-text); }
.later { font-size: 12px; color: var(--muted); margin-top: 3px; }
td.why p { margin: 0 0 4px; }
.viol { color: var(--lo-text); }
footer { padding: 16px 24px 30px; color: var(--faint); font-size: 12.5px; }
`;
