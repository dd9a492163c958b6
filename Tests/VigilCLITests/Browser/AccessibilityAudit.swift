import Foundation

/// Accessibility checks run inside the real browser on the rendered page: every form control has a
/// label, headings start at one h1 and never skip a level, images and SVG have text alternatives, and
/// every piece of text has a computed contrast of at least 4.5:1 against its background.
struct AccessibilityAudit: Sendable {
    /// What the page failed, one line each (empty when it passed).
    var problems: [String]
    /// The lowest contrast ratio of any text on the page, and that text.
    var worstContrast: Double
    var worstText: String

    /// Audits the page the driver shows.
    static func run(_ driver: WebDriver) async throws -> AccessibilityAudit {
        let value = try await driver.script(script)
        guard let result = value as? [String: Any] else {
            throw WebDriver.Failure(description: "the audit script returned \(String(describing: value))")
        }
        return AccessibilityAudit(
            problems: result["problems"] as? [String] ?? ["the audit returned no problem list"],
            worstContrast: (result["worstContrast"] as? NSNumber)?.doubleValue ?? 0,
            worstText: result["worstText"] as? String ?? ""
        )
    }

    /// Presses Tab `count` times from the top of the page and describes each element that took focus.
    static func focusOrder(_ driver: WebDriver, count: Int) async throws -> [String] {
        _ = try await driver.script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);")
        var order: [String] = []
        for _ in 0..<count {
            try await driver.press("\u{E004}")
            let described = try await driver.script(
                """
                const e = document.activeElement;
                if (!e || e === document.body) return 'body';
                const text = (e.getAttribute('aria-label') || e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
                return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : '')
                    + (e.getAttribute('href') ? '[href=' + e.getAttribute('href') + ']' : '') + (text ? ' "' + text + '"' : '');
                """
            )
            order.append(described as? String ?? "?")
        }
        return order
    }

    private static let script = """
        const problems = [];
        for (const el of document.querySelectorAll('input, select, textarea, button')) {
          if (el.type === 'hidden') continue;
          if (el.tagName === 'BUTTON') {
            if (!el.textContent.trim() && !el.getAttribute('aria-label')) problems.push('a button without text');
            continue;
          }
          const labelled = (el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]'))
            || el.closest('label') || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
          if (!labelled) problems.push('form control without a label: ' + el.outerHTML.slice(0, 100));
        }
        const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => Number(h.tagName[1]));
        const ones = levels.filter(l => l === 1).length;
        if (ones !== 1) problems.push(ones + ' h1 headings (one expected)');
        let previous = 0;
        for (const level of levels) {
          if (level > previous + 1) problems.push('heading level skips from h' + previous + ' to h' + level);
          previous = level;
        }
        for (const img of document.querySelectorAll('img')) {
          if (!img.hasAttribute('alt')) problems.push('an image without alt text: ' + img.outerHTML.slice(0, 100));
        }
        for (const svg of document.querySelectorAll('svg')) {
          if (svg.parentElement && svg.parentElement.closest('svg')) continue;
          const hidden = svg.closest('[aria-hidden="true"]');
          const named = svg.getAttribute('aria-label') || svg.getAttribute('aria-labelledby')
            || svg.querySelector(':scope > title');
          if (!hidden && !named) problems.push('an SVG without a text alternative');
        }
        const parse = c => {
          const m = c.match(/rgba?\\(([^)]+)\\)/);
          if (!m) return null;
          const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(parseFloat);
          return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
        };
        const background = el => {
          for (; el; el = el.parentElement) {
            const c = parse(getComputedStyle(el).backgroundColor);
            if (c && c.a > 0) return c;
          }
          return { r: 255, g: 255, b: 255, a: 1 };
        };
        const luminance = c => {
          const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
          return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
        };
        let worstContrast = 21, worstText = '';
        for (const el of document.querySelectorAll('body *')) {
          if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
          const style = getComputedStyle(el);
          if (style.visibility === 'hidden' || style.display === 'none' || el.getClientRects().length === 0) continue;
          const fg = parse(style.color), bg = background(el);
          const a = luminance(fg), b = luminance(bg);
          const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          const text = el.tagName.toLowerCase() + ' "' + el.textContent.trim().slice(0, 40) + '"';
          if (ratio < worstContrast) { worstContrast = ratio; worstText = text; }
          if (ratio < 4.5) problems.push('contrast ' + ratio.toFixed(2) + ':1 for ' + text);
        }
        return { problems, worstContrast, worstText };
        """
}
