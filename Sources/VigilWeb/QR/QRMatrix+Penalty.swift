extension QRMatrix {
    private static let runPenalty = 3
    private static let blockPenalty = 3
    private static let finderPenalty = 40
    private static let balancePenalty = 10

    /// The standard's penalty score: long runs, 2×2 blocks, finder-like patterns, and imbalance of
    /// dark and light modules. The lowest-scoring mask is used.
    func penalty() -> Int {
        var result = 0
        for line in 0..<size {
            result += linePenalty { self[$0, line] }
            result += linePenalty { self[line, $0] }
        }
        for y in 0..<(size - 1) {
            for x in 0..<(size - 1) {
                let colour = self[x, y]
                if colour == self[x + 1, y], colour == self[x, y + 1], colour == self[x + 1, y + 1] {
                    result += Self.blockPenalty
                }
            }
        }
        let dark = modules.filter { $0 }.count
        let total = size * size
        let k = (abs(dark * 20 - total * 10) + total - 1) / total - 1
        result += k * Self.balancePenalty
        return result
    }

    /// Runs of five or more and finder-like 1:1:3:1:1 patterns along one row or column.
    private func linePenalty(_ module: (Int) -> Bool) -> Int {
        var result = 0
        var runColour = false
        var runLength = 0
        var history = [Int](repeating: 0, count: 7)
        for index in 0..<size {
            if module(index) == runColour {
                runLength += 1
                if runLength == 5 {
                    result += Self.runPenalty
                } else if runLength > 5 {
                    result += 1
                }
            } else {
                addHistory(runLength, to: &history)
                if !runColour { result += finderLikePatterns(history) * Self.finderPenalty }
                runColour = module(index)
                runLength = 1
            }
        }
        if runColour {
            addHistory(runLength, to: &history)
            runLength = 0
        }
        // The light border beyond the symbol counts as part of the final run.
        addHistory(runLength + size, to: &history)
        result += finderLikePatterns(history) * Self.finderPenalty
        return result
    }

    private func addHistory(_ length: Int, to history: inout [Int]) {
        // The light border before the symbol counts as part of the first run.
        let length = history[0] == 0 ? length + size : length
        history.removeLast()
        history.insert(length, at: 0)
    }

    private func finderLikePatterns(_ history: [Int]) -> Int {
        let n = history[1]
        let core = n > 0 && history[2] == n && history[3] == n * 3 && history[4] == n && history[5] == n
        return (core && history[0] >= n * 4 && history[6] >= n ? 1 : 0)
            + (core && history[6] >= n * 4 && history[0] >= n ? 1 : 0)
    }
}
