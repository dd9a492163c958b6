import Foundation
import HTTPTypes
import Hummingbird
import VigilCore

/// A bar chart drawn on the server as SVG, stacked when it has several series, always with a data
/// table holding the same numbers beside it.
///
/// The SVG is an image with a `<title>` and a `<desc>` (summarising the largest bar) named by
/// `aria-labelledby`; the table is the accessible equivalent and what a screen reader or a copy into a
/// spreadsheet uses. Colours come from the stylesheet's `.series-N` classes: no inline style.
///
/// ```swift
/// let chart = BarChart(id: "by-source", title: "Alerts per week by source",
///                      categories: ["2026-01-05", "2026-01-12"],
///                      series: [.init(name: "crime", values: [3, 1])])
/// let html = chart.html
/// ```
struct BarChart: Sendable {
    /// One stacked layer.
    struct Series: Sendable {
        var name: String
        var values: [Double]
    }

    /// A unique id on the page (for `aria-labelledby`).
    var id: String
    /// The chart's title, also the table's caption.
    var title: String
    /// The label of the categories' column (`Week`, `Team`).
    var categoryLabel: String = "Week"
    /// The bars' labels.
    var categories: [String]
    /// The layers, bottom first.
    var series: [Series]
    /// How a value is written in the table and the description.
    var format: @Sendable (Double) -> String = { BarChart.integer($0) }
    /// Whether the table adds a total column (stacked counts).
    var showsTotal: Bool = true

    static let width = 720.0
    static let height = 240.0
    static let left = 48.0
    static let bottom = 40.0
    static let top = 12.0

    /// A whole number, or one decimal place.
    static func integer(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// A share as a percentage with one decimal place.
    static func percent(_ value: Double) -> String {
        String(format: "%.1f%%", value * 100)
    }

    /// The total of each bar.
    var totals: [Double] {
        categories.indices.map { index in series.reduce(0) { $0 + (index < $1.values.count ? $1.values[index] : 0) } }
    }

    /// The figure: the SVG, its legend and the data table.
    var html: HTML {
        "<figure class=\"chart\" id=\"\(id)\">\(svg)\(legend)\(table)</figure>"
    }

    /// One sentence for the SVG's description.
    var summary: String {
        let totals = totals
        guard let largest = totals.indices.max(by: { totals[$0] < totals[$1] }), totals[largest] > 0 else {
            return "\(title): nothing to show in this period."
        }
        let names = series.map(\.name).joined(separator: ", ")
        return "\(title). \(categories.count) bars (\(names)); the largest is \(categories[largest]) with "
            + "\(format(totals[largest])). The table below gives every figure."
    }

    private var svg: HTML {
        let totals = totals
        let maximum = max(totals.max() ?? 0, 1)
        let plotWidth = Self.width - Self.left - 8
        let plotHeight = Self.height - Self.bottom - Self.top
        let slot = plotWidth / Double(max(categories.count, 1))
        let barWidth = max(slot * 0.7, 1)
        let labelEvery = max(1, Int((Double(categories.count) / 12).rounded(.up)))
        var parts: [HTML] = []
        for (index, category) in categories.enumerated() {
            let x = Self.left + Double(index) * slot + (slot - barWidth) / 2
            var base = Self.top + plotHeight
            for (layer, item) in series.enumerated() where index < item.values.count && item.values[index] > 0 {
                let height = item.values[index] / maximum * plotHeight
                base -= height
                parts.append(
                    """
                    <rect class="series-\(layer % 8)" x="\(Self.coordinate(x))" y="\(Self.coordinate(base))" \
                    width="\(Self.coordinate(barWidth))" height="\(Self.coordinate(height))"></rect>
                    """
                )
            }
            if index % labelEvery == 0 {
                parts.append(
                    """
                    <text class="axis-label" x="\(Self.coordinate(x + barWidth / 2))" \
                    y="\(Self.coordinate(Self.height - Self.bottom + 16))" text-anchor="middle">\(Self.short(category))</text>
                    """
                )
            }
        }
        let axisY = Self.coordinate(Self.top + plotHeight)
        return """
            <svg class="chart" viewBox="0 0 \(Int(Self.width)) \(Int(Self.height))" role="img" \
            aria-labelledby="\(id)-title \(id)-desc" focusable="false">\
            <title id="\(id)-title">\(title)</title><desc id="\(id)-desc">\(summary)</desc>\
            <line class="axis" x1="\(Int(Self.left))" y1="\(axisY)" x2="\(Int(Self.width - 8))" y2="\(axisY)"></line>\
            <line class="axis" x1="\(Int(Self.left))" y1="\(Int(Self.top))" x2="\(Int(Self.left))" y2="\(axisY)"></line>\
            <text class="axis-label" x="\(Int(Self.left - 6))" y="\(Int(Self.top + 4))" text-anchor="end">\
            \(format(maximum))</text>\
            <text class="axis-label" x="\(Int(Self.left - 6))" y="\(axisY)" text-anchor="end">0</text>\
            \(parts)</svg>
            """
    }

    private var legend: HTML {
        guard series.count > 1 else { return "" }
        let items: [HTML] = series.enumerated().map { layer, item in
            "<li><span class=\"swatch series-\(layer % 8)\"></span>\(item.name)</li>"
        }
        return "<ul class=\"legend\" aria-hidden=\"true\">\(items)</ul>"
    }

    private var table: HTML {
        let totals = totals
        let heads: [HTML] = series.map { "<th scope=\"col\" class=\"number\">\($0.name)</th>" }
        let total: HTML = showsTotal && series.count > 1 ? "<th scope=\"col\" class=\"number\">Total</th>" : ""
        let rows: [HTML] = categories.enumerated().map { index, category in
            let cells: [HTML] = series.map { item in
                "<td class=\"number\">\(format(index < item.values.count ? item.values[index] : 0))</td>"
            }
            let sum: HTML = showsTotal && series.count > 1 ? "<td class=\"number\">\(format(totals[index]))</td>" : ""
            return "<tr><th scope=\"row\">\(category)</th>\(cells)\(sum)</tr>"
        }
        return """
            <table class="chart-data"><caption>\(title) (data)</caption>\
            <thead><tr><th scope="col">\(categoryLabel)</th>\(heads)\(total)</tr></thead>\
            <tbody>\(rows)</tbody></table>
            """
    }

    private static func coordinate(_ value: Double) -> String {
        String(format: "%.1f", value)
    }

    /// Week labels lose their year on the axis (`01-05`); the table keeps it.
    private static func short(_ label: String) -> String {
        label.count == 10 && label.dropFirst(4).first == "-" ? String(label.dropFirst(5)) : String(label.prefix(12))
    }
}
