extension QRCode {
    /// The code as an inline SVG element: black modules on white, a four-module quiet zone, no style
    /// attributes (so the content security policy admits it) and a text alternative.
    public func svg(moduleSize: Int = 4, label: String) -> HTML {
        let side = size + 8
        var path = ""
        for y in 0..<size {
            for x in 0..<size where self[x, y] { path += "M\(x + 4) \(y + 4)h1v1h-1z" }
        }
        return """
            <svg xmlns="http://www.w3.org/2000/svg" class="qr" role="img" aria-label="\(label)" \
            width="\(side * moduleSize)" height="\(side * moduleSize)" viewBox="0 0 \(side) \(side)" \
            shape-rendering="crispEdges"><rect width="\(side)" height="\(side)" fill="#fff"/>\
            <path fill="#000" d="\(path)"/></svg>
            """
    }
}
