/// The dashboard's only stylesheet, served from `/static/vigil.css` (no inline style anywhere).
///
/// High contrast, visible focus, readable at 200% zoom: the GOV.UK-like plain look the vetting team
/// already knows.
enum Stylesheet {
    static let css = """
        *, *::before, *::after { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #0b0c0c;
          background: #fff; }
        header.site { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; padding: 0.5rem 1rem;
          background: #0b0c0c; color: #fff; }
        header.site a { color: #fff; }
        header.site .brand { font-weight: 700; font-size: 1.25rem; text-decoration: none; margin-right: 1rem; }
        header.site nav ul { display: flex; flex-wrap: wrap; gap: 1rem; list-style: none; margin: 0; padding: 0; }
        header.site .signout { margin-left: auto; display: flex; align-items: center; gap: 0.5rem; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
        footer.site { max-width: 72rem; margin: 2rem auto; padding: 1rem; border-top: 1px solid #b1b4b6;
          color: #505a5f; }
        a { color: #1d70b8; }
        a:focus, button:focus, input:focus, textarea:focus, select:focus { outline: 3px solid #fd0;
          outline-offset: 0; box-shadow: 0 0 0 5px #0b0c0c; }
        label { display: block; font-weight: 700; margin-bottom: 0.25rem; }
        input, textarea, select { font: inherit; padding: 0.4rem; border: 2px solid #0b0c0c; max-width: 100%; }
        input[type=text], input[type=password], textarea { width: 30rem; }
        button { font: inherit; padding: 0.4rem 1rem; border: 0; background: #00703c; color: #fff; cursor: pointer; }
        button.secondary { background: #f3f2f1; color: #0b0c0c; border: 2px solid #0b0c0c; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
        th, td { text-align: left; padding: 0.4rem 0.6rem; border-bottom: 1px solid #b1b4b6; vertical-align: top; }
        th { background: #f3f2f1; }
        .problem { border-left: 5px solid #d4351c; padding: 0.5rem 1rem; color: #d4351c; font-weight: 700; }
        .error-summary { border: 5px solid #d4351c; padding: 0.5rem 1rem; margin: 1rem 0; }
        .error-summary h2 { margin: 0.25rem 0; font-size: 1.25rem; }
        .error-summary ul { margin: 0.25rem 0; padding-left: 1.2rem; }
        .error-summary a { color: #aa2a16; font-weight: 700; }
        .field-error { display: block; color: #aa2a16; font-weight: 700; margin-bottom: 0.25rem; }
        [aria-invalid=true] { border-color: #d4351c; border-width: 3px; }
        .notice { border-left: 5px solid #1d70b8; padding: 0.5rem 1rem; background: #f3f2f1; }
        .confirmation { border-left: 5px solid #00703c; padding: 0.5rem 1rem; background: #eef7f1; font-weight: 700; }
        .secret { font-family: ui-monospace, "Courier New", monospace; font-size: 1.25rem; letter-spacing: 0.1em; }
        .qr { display: block; margin: 1rem 0; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
        dl.facts dt { font-weight: 700; }
        dl.facts dd { margin: 0; }
        .unsaved { border-left: 5px solid #d4351c; padding: 0.5rem 1rem; background: #f3f2f1; }
        .unsaved dd.typed { white-space: pre-wrap; }
        /* triage */
        .skip { position: absolute; left: -999rem; top: 0; background: #fd0; color: #0b0c0c; padding: 0.5rem 1rem; }
        .skip:focus { left: 0; z-index: 10; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
          white-space: nowrap; }
        .banner-danger { border: 5px solid #d4351c; padding: 0.5rem 1rem; margin: 1rem 0; background: #fff; }
        .banner-danger h2 { color: #d4351c; margin: 0.25rem 0; font-size: 1.25rem; }
        .banner-warning { border-left: 5px solid #f47738; padding: 0.5rem 1rem; margin: 1rem 0; background: #f3f2f1; }
        .banner-warning h2 { margin: 0.25rem 0; font-size: 1.25rem; }
        .as-at { color: #0b0c0c; }
        .lead { font-size: 1.125rem; }
        ul.counts, ul.pages, ul.contents { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; list-style: none;
          padding: 0; }
        ul.counts a[aria-current] { font-weight: 700; }
        form.filters { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: flex-end; }
        form.filters input[type=text] { width: 10rem; }
        p.check { display: flex; align-items: center; gap: 0.5rem; }
        p.check label, p.check input { display: inline; margin: 0; }
        fieldset { border: 2px solid #b1b4b6; margin: 1rem 0; padding: 0.5rem 1rem; }
        legend { font-weight: 700; }
        .tag-new, .tag-warn, .tag { display: inline-block; padding: 0 0.4rem; font-size: 0.875rem; font-weight: 700; }
        .tag-new { background: #1d70b8; color: #fff; }
        .tag-warn { background: #d4351c; color: #fff; }
        .tag { background: #f3f2f1; color: #0b0c0c; border: 1px solid #0b0c0c; }
        .muted { color: #505a5f; }
        tr.fresh td { background: #f0f6fb; }
        tr.overdue td { background: #fcefed; }
        table.compare tr.differs td { background: #fcefed; }
        table.compare tr.agrees td { background: #eef7f1; }
        table.compare tr.partly-agrees td { background: #fff7e6; }
        .agreement-differs { color: #aa2a16; font-weight: 700; }
        .agreement-agrees { color: #005a30; font-weight: 700; }
        .agreement-missing { color: #505a5f; }
        .agreement-partly-agrees { color: #594d00; font-weight: 700; }
        .agreement-how { color: #0b0c0c; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        figure { margin: 1rem 0; }
        svg.waterfall { max-width: 48rem; height: auto; }
        svg.waterfall .label, svg.waterfall .value { font-size: 12px; fill: #0b0c0c; }
        svg.waterfall .axis { stroke: #0b0c0c; stroke-width: 1; }
        svg.waterfall .bar.prior { fill: #505a5f; }
        svg.waterfall .bar.positive { fill: #00703c; }
        svg.waterfall .bar.negative { fill: #d4351c; }
        svg.waterfall .bar.zero { fill: #b1b4b6; }
        svg.waterfall .bar.total { fill: #1d70b8; }
        section.evidence { border-top: 2px solid #b1b4b6; margin-top: 1.5rem; }
        /* insight */
        figure.chart { margin: 1rem 0 2rem; }
        svg.chart { display: block; width: 100%; max-width: 45rem; height: auto; }
        svg.chart .axis { stroke: #0b0c0c; stroke-width: 1; }
        svg.chart .axis-label { font-size: 11px; fill: #0b0c0c; }
        .series-0 { fill: #1d70b8; background: #1d70b8; } .series-1 { fill: #d4351c; background: #d4351c; }
        .series-2 { fill: #00703c; background: #00703c; } .series-3 { fill: #6f72af; background: #6f72af; }
        .series-4 { fill: #b58840; background: #b58840; } .series-5 { fill: #0b0c0c; background: #0b0c0c; }
        .series-6 { fill: #912b88; background: #912b88; } .series-7 { fill: #28a197; background: #28a197; }
        ul.legend { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; list-style: none; padding: 0; }
        ul.legend .swatch { display: inline-block; width: 1rem; height: 1rem; margin-right: 0.4rem;
          vertical-align: middle; border: 1px solid #0b0c0c; }
        table.chart-data caption, table caption { text-align: left; font-weight: 700; padding: 0.25rem 0; }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        td.hash { font-family: ui-monospace, "Courier New", monospace; font-size: 0.8rem; word-break: break-all; }
        tr.predates td, tr.gate-failed th, tr.gate-failed td, td.problem-cell { background: #fdf0ee; }
        tr.start-date td { border-top: 3px solid #0b0c0c; background: #f3f2f1; }
        .flag, .status-problem { color: #aa2a15; }
        form.period fieldset { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 1rem; border: 0; padding: 0; }
        form.period legend { font-weight: 700; }
        ul.reasons { margin: 0; padding-left: 1.2rem; }
        ul.messages li.problem { border-left-width: 5px; }
        """
}
