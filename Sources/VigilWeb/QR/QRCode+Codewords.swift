extension QRCode {
    /// Data codewords per block group at level M, for versions 1 to 10: (blocks, error correction
    /// codewords per block, total data codewords).
    private static let levelM: [(blocks: Int, ecPerBlock: Int, data: Int)] = [
        (1, 10, 16), (1, 16, 28), (1, 26, 44), (2, 18, 64), (2, 24, 86),
        (4, 16, 108), (4, 18, 124), (4, 22, 154), (5, 22, 182), (5, 26, 216),
    ]

    /// The most bytes a version holds in byte mode at level M.
    static func capacity(version: Int) -> Int {
        let countBits = version < 10 ? 8 : 16
        return (levelM[version - 1].data * 8 - 4 - countBits) / 8
    }

    /// The final codeword sequence: data in byte mode, padded, split into blocks, each block's
    /// Reed–Solomon codewords appended, and both interleaved.
    static func codewords(for bytes: [UInt8], version: Int) -> [UInt8] {
        let layout = levelM[version - 1]
        var bits = BitBuffer()
        bits.append(0b0100, count: 4)
        bits.append(bytes.count, count: version < 10 ? 8 : 16)
        for byte in bytes { bits.append(Int(byte), count: 8) }
        let capacityBits = layout.data * 8
        bits.append(0, count: min(4, capacityBits - bits.count))
        bits.append(0, count: (8 - bits.count % 8) % 8)
        var data = bits.bytes
        var pad: UInt8 = 0xEC
        while data.count < layout.data {
            data.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }

        let shortLength = layout.data / layout.blocks
        let longBlocks = layout.data % layout.blocks
        var blocks: [[UInt8]] = []
        var offset = 0
        for index in 0..<layout.blocks {
            let length = shortLength + (index >= layout.blocks - longBlocks ? 1 : 0)
            blocks.append(Array(data[offset..<offset + length]))
            offset += length
        }
        let corrections = blocks.map { ReedSolomon.remainder(of: $0, degree: layout.ecPerBlock) }

        var result: [UInt8] = []
        for column in 0..<(shortLength + (longBlocks > 0 ? 1 : 0)) {
            for block in blocks where column < block.count { result.append(block[column]) }
        }
        for column in 0..<layout.ecPerBlock {
            for correction in corrections { result.append(correction[column]) }
        }
        return result
    }
}

/// Bits appended most significant first.
struct BitBuffer {
    private(set) var bits: [Bool] = []

    var count: Int { bits.count }

    mutating func append(_ value: Int, count: Int) {
        for shift in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> shift) & 1 == 1) }
    }

    /// The bits as bytes (the count must be a multiple of eight).
    var bytes: [UInt8] {
        stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { ($0 << 1) | ($1 ? 1 : 0) }
        }
    }
}
