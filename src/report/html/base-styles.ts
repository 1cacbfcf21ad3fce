// What every Threadline HTML page shares: system fonts and the light and dark palettes.
export const BASE_STYLES = `
:root {
  color-scheme: light dark;
  --bg: #f6f7f9; --surface: #ffffff; --surface-2: #f1f3f6; --text: #1b1f24; --muted: #5d6673; --faint: #8a929e;
  --border: #e2e5ea; --border-strong: #cfd4dc; --accent: #4f46e5; --accent-soft: rgba(79, 70, 229, 0.1);
  --hi: rgba(22, 163, 74, 0.13); --hi-text: #15803d; --mid: rgba(217, 119, 6, 0.13); --mid-text: #b45309; --lo: rgba(220, 38, 38, 0.11); --lo-text: #b91c1c;
  --mast: linear-gradient(135deg, #eef0ff 0%, #f6f7f9 55%, #eefaf4 100%);
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0e1116; --surface: #161a21; --surface-2: #1c212a; --text: #e6e9ee; --muted: #a0a8b5; --faint: #747d8b;
    --border: #262c36; --border-strong: #343b47; --accent: #8d8bff; --accent-soft: rgba(141, 139, 255, 0.14);
    --hi: rgba(34, 197, 94, 0.16); --hi-text: #4ade80; --mid: rgba(245, 158, 11, 0.16); --mid-text: #fbbf24; --lo: rgba(248, 113, 113, 0.15); --lo-text: #f87171;
    --mast: linear-gradient(135deg, #17193a 0%, #0e1116 55%, #0f2119 100%);
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--text); font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.92em; }
`;
