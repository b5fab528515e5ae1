// The review page's CSS: one colour per table kind, header rows hatched, total
// rows underlined, the selection in yellow, a finding's printed figure in red and
// the figures it was compared with in blue.
export const pageStyle = `
:root { --fiscal: #0969da; --procurement: #8250df; --performance_project: #1a7f37; --performance_overall: #116329;
  --assets: #bc4c00; --organization: #6e7781; --other: #9a6700; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #1f2328; font-size: 14px; }
header { position: sticky; top: 0; z-index: 5; background: #fff; border-bottom: 1px solid #d0d7de; padding: 0.4rem 1rem; display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; align-items: center; }
header h1 { font-size: 1.1rem; margin: 0; } header p { margin: 0; color: #57606a; }
#search { width: 18rem; padding: 0.25rem 0.5rem; }
main { display: grid; grid-template-columns: minmax(0, 1fr) 30rem; }
#document { padding: 1rem; background: #eaeef2; min-height: 100vh; }
#side { position: sticky; top: 3.5rem; height: calc(100vh - 3.5rem); overflow: auto; border-left: 1px solid #d0d7de; padding: 0 0.8rem 2rem; }
#side h2 { font-size: 1rem; margin: 0.8rem 0 0.3rem; }
.page { position: relative; width: min(100%, 1000px); margin: 0 auto 1rem; background: #fff; box-shadow: 0 1px 4px #8c959f; }
.page canvas { position: absolute; inset: 0; width: 100%; height: 100%; }
.overlay { position: absolute; inset: 0; }
.page-number { position: absolute; right: 0.4rem; bottom: 0.2rem; color: #8c959f; font-size: 0.8rem; }
.overlay .cell { position: absolute; border: 1px solid var(--c); background: transparent; cursor: pointer; }
.overlay .cell.header { background: repeating-linear-gradient(45deg, transparent 0 4px, color-mix(in srgb, var(--c) 18%, transparent) 4px 6px); }
.overlay .cell.total { border-bottom: 3px double var(--c); }
.table-label { color: #fff; background: var(--c); font-size: 11px; padding: 1px 4px; white-space: nowrap; }
.overlay .table-label { position: absolute; transform: translateY(-100%); z-index: 2; }
.k-fiscal { --c: var(--fiscal); } .k-procurement { --c: var(--procurement); } .k-performance_project { --c: var(--performance_project); }
.k-performance_overall { --c: var(--performance_overall); } .k-assets { --c: var(--assets); } .k-organization { --c: var(--organization); } .k-other { --c: var(--other); }
.rebuilt { background: #fff; margin-bottom: 1.5rem; padding: 0.5rem; overflow-x: auto; }
.rebuilt .table-label { display: inline-block; margin-bottom: 0.3rem; }
.rebuilt table { border-collapse: collapse; font-size: 12px; }
.rebuilt td { border: 1px solid var(--c); padding: 2px 4px; cursor: pointer; }
.rebuilt td.header { background: color-mix(in srgb, var(--c) 12%, #fff); font-weight: 600; }
.rebuilt td.total { border-bottom: 3px double var(--c); font-weight: 600; }
.cell.selected { background: rgba(255, 214, 0, 0.45) !important; outline: 3px solid #d4a72c; z-index: 3; }
.cell.actual { background: rgba(207, 34, 46, 0.35) !important; outline: 3px solid #cf222e; z-index: 3; }
.cell.against { background: rgba(9, 105, 218, 0.25) !important; outline: 2px solid #0969da; z-index: 3; }
.table-label.flash { outline: 3px solid #d4a72c; }
.legend { display: flex; gap: 0.3rem; flex-wrap: wrap; }
.swatch { font-size: 11px; padding: 0 4px; border: 2px solid var(--c, #57606a); }
.swatch.header { background: repeating-linear-gradient(45deg, transparent 0 4px, #d0d7de 4px 6px); } .swatch.total { border-bottom-style: double; border-bottom-width: 4px; }
ul, ol { padding-left: 1.2rem; margin: 0.2rem 0; } li { margin: 0.15rem 0; }
details summary { font-weight: 600; cursor: pointer; margin-top: 0.4rem; }
.record .label, .go { cursor: pointer; color: #0969da; }
.figure { cursor: pointer; white-space: nowrap; background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 3px; padding: 0 3px; font-variant-numeric: tabular-nums; }
.record.selected, .finding.selected { background: #fff8c5; }
.finding { cursor: pointer; } .finding.error b { color: #cf222e; } .finding.warning b { color: #9a6700; } .finding.info b { color: #57606a; }
.finding code { font-size: 11px; color: #57606a; } .go.actual { color: #cf222e; } .go.against { color: #0969da; }
[hidden] { display: none !important; }
`;
