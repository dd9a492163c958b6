// Throughput check for CSVReader, run by hand with bench/ingest-throughput.sh (not a test).
#if canImport(Glibc)
import Glibc
#endif

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    print("usage: ingest-bench FILE.csv [columns-to-decode]")
    exit(2)
}
let path = arguments[1]
let decodeColumns = arguments.count > 2 ? Int(arguments[2]) ?? 0 : 0

func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

var info = stat()
stat(path, &info)
let bytes = Double(info.st_size)
for run in 1...3 {
    let start = now()
    var reader = try CSVReader(path: path)
    var rows = 0
    var rejects = 0
    var characters = 0
    while let batch = try reader.nextBatch(maxRows: 10_000) {
        rows += batch.rowCount
        rejects += batch.rejects.count
        for row in 0..<batch.rowCount {
            for column in 0..<min(decodeColumns, batch.columnCount) {
                characters &+= batch.string(row: row, column: column).utf8.count
            }
        }
    }
    let seconds = now() - start
    let rate = bytes / seconds / 1_000_000
    print("run \(run): \(rows) rows, \(rejects) rejects, \(Double(Int(seconds * 1000)) / 1000) s, \(Int(rate)) MB/s")
}
