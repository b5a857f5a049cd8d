import Foundation

/// A CSV file read into memory: its header and its records, each with the physical line it starts on.
///
/// Parsing follows yaslab CSV.swift's reader, byte by byte (`ByteRecords`; RFC 4180: quoted fields
/// with commas, quotes and line breaks; CRLF or LF). Line numbers are counted from the line breaks
/// each record consumed: one for its end plus any inside its quoted fields.
/// Blank lines and rows whose fields are all empty (Excel writes `,,,,` for an empty row) are skipped.
public struct CSVTable: Sendable {
    /// One record: the line it starts on (1-based, counting the header as line 1) and its fields.
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
        public init(line: Int, fields: [String]) { self.line = line; self.fields = fields }
    }

    /// The name used in messages (`FILE:LINE: ...`), normally the path as the user typed it.
    public var fileName: String
    public var encoding: SourceEncoding
    public var header: [String]
    public var records: [Record]

    public init(fileName: String, encoding: SourceEncoding, header: [String], records: [Record]) {
        self.fileName = fileName; self.encoding = encoding; self.header = header; self.records = records
    }

    /// Reads and decodes a file (see `SourceEncoding.decode`). Cost: the file is held in memory
    /// twice (bytes and text) while parsing; 200,000 talent rows are about 15 MB.
    public static func read(path: String, fileName: String? = nil,
                            control: ImportControl? = nil) throws -> CSVTable {
        try control?.checkpoint(.reading, done: 0, total: 1)
        let data: Data
        do { data = try RegularFile.read(path) } catch let problem as RegularFile.Problem {
            throw ImportFailure.unreadable(path: fileName ?? path, reason: problem.description)
        }
        return try parse(data: data, fileName: fileName ?? path, control: control)
    }

    /// Decodes and parses bytes already in memory.
    public static func parse(data: Data, fileName: String, control: ImportControl? = nil) throws -> CSVTable {
        let decoded: (text: String, encoding: SourceEncoding)
        do { decoded = try SourceEncoding.decode(data) } catch let problem as EncodingProblem {
            throw ImportFailure.encoding(file: fileName, problem: problem)
        }
        return try parse(text: decoded.text, encoding: decoded.encoding, fileName: fileName, control: control)
    }

    /// Parses decoded text. Checks `control` for cancellation every 4,096 records.
    /// A text of 4 MiB or more is cut between two records (`RecordBoundary`) and the halves are
    /// parsed on two threads; the result is the same as one pass (tested).
    public static func parse(text: String, encoding: SourceEncoding = .utf8, fileName: String,
                             control: ImportControl? = nil) throws -> CSVTable {
        try parse(text: text, encoding: encoding, fileName: fileName, control: control, splitFrom: parallelThreshold)
    }

    /// `splitFrom`: the size from which the text is parsed in two halves (tests compare both ways).
    static func parse(text: String, encoding: SourceEncoding = .utf8, fileName: String,
                      control: ImportControl? = nil, splitFrom: Int) throws -> CSVTable {
        let total = text.utf8.count
        let cut = total >= splitFrom ? RecordBoundary.after(offset: total / 2, in: text) : nil
        var text = text
        // Both halves are read from the text's own bytes: copying them into two new strings first
        // cost as much memory again as the file (30 MB for 200,000 talents) and its page faults.
        let results: [Result<[Record], Error>] = text.withUTF8 { all in
            guard let cut else {
                return [Result { try records(in: all, firstLine: 1, control: control, scale: 1, total: total) }]
            }
            let first = UnsafeBufferPointer(rebasing: all[..<cut]), second = UnsafeBufferPointer(rebasing: all[cut...])
            let chunks = [(bytes: first, firstLine: 1), (bytes: second, firstLine: 1 + lineBreaks(in: first))]
            var results = [Result<[Record], Error>](repeating: .success([]), count: chunks.count)
            let lock = NSLock()
            DispatchQueue.concurrentPerform(iterations: chunks.count) { i in
                // Only the first half reports progress (scaled), so progress never goes backwards.
                let r = Result { try records(in: chunks[i].bytes, firstLine: chunks[i].firstLine, control: control,
                                             scale: chunks.count, total: total, reports: i == 0) }
                lock.lock(); results[i] = r; lock.unlock()
            }
            return results
        }
        var all = try results[0].get()
        guard !all.isEmpty else { throw ImportFailure.empty(file: fileName) }
        let header = all.removeFirst().fields
        for r in results.dropFirst() { all += try r.get() }
        return CSVTable(fileName: fileName, encoding: encoding, header: header, records: all)
    }

    /// Texts at least this long (in UTF-8 bytes) are parsed in two halves.
    static let parallelThreshold = 4 << 20

    /// Every non-blank record of `text` (the header included) with its physical line number.
    private static func records(in bytes: UnsafeBufferPointer<UInt8>, firstLine: Int, control: ImportControl?, scale: Int,
                                total: Int, reports: Bool = true) throws -> [Record] {
        var reader = ByteRecords(bytes)
        var records: [Record] = []
        var line = firstLine
        var consumedBytes = 0
        while let fields = reader.next() {
            let start = line
            var size = fields.count
            for field in fields { size += field.utf8.count }
            // One for the record's end, plus those inside its quoted fields (as `lineBreaks(in:)` counts).
            line += 1 + reader.breaksInLastRecord
            consumedBytes += size
            if fields.allSatisfy({ $0.isEmpty }) { continue }
            records.append(Record(line: start, fields: fields))
            if records.count & 4095 == 0, let control {
                if reports {
                    try control.checkpoint(.reading, done: min(total, consumedBytes * scale), total: max(1, total))
                } else if control.isCancelled {
                    throw ImportFailure.cancelled
                }
            }
        }
        return records
    }

    /// The records of CSV text read byte by byte, by the same rules as yaslab CSV.swift's
    /// `CSVReader` (which this replaced for reading; `CSVByteReaderTests` compares the two): fields
    /// split at commas, records at CR, LF or CRLF; a field opening with `"` runs to a `"` followed
    /// by a comma, a line break or the end, `""` inside it being one `"`; a `"` followed by
    /// anything else is kept and that next character dropped; an unclosed quote runs to the end.
    /// Every special character is ASCII, so UTF-8 text is cut only between characters.
    /// CSVReader built each field scalar by scalar: a third of a 200,000-row import's
    /// instructions (callgrind, issue 15); this builds each field from its bytes in one go.
    struct ByteRecords {
        private let bytes: UnsafeBufferPointer<UInt8>
        private var i = 0
        private var scratch: [UInt8] = []
        /// Line breaks inside the quoted fields of the record `next()` returned last (CRLF, lone
        /// CR and lone LF each count once).
        private(set) var breaksInLastRecord = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr: UInt8 = 13, lf: UInt8 = 10

        mutating func next() -> [String]? {
            guard i < bytes.count else { return nil }
            var row: [String] = []
            row.reserveCapacity(8)
            breaksInLastRecord = 0
            while true {
                if i >= bytes.count { row.append(""); return row }   // a comma ended the text
                let (field, end) = bytes[i] == Self.quote ? quoted() : plain()
                row.append(field)
                if end { return row }
            }
        }

        /// An unquoted field from `i`; true when it ended the record.
        private mutating func plain() -> (String, Bool) {
            let start = i
            while i < bytes.count {
                let c = bytes[i]
                if c == Self.comma {
                    defer { i += 1 }
                    return (text(start, i), false)
                }
                if c == Self.cr || c == Self.lf {
                    let field = text(start, i)
                    i += 1
                    if c == Self.cr, i < bytes.count, bytes[i] == Self.lf { i += 1 }
                    return (field, true)
                }
                i += 1
            }
            return (text(start, i), true)
        }

        /// A field opening with a quote at `i`; true when it ended the record.
        private mutating func quoted() -> (String, Bool) {
            i += 1
            scratch.removeAll(keepingCapacity: true)
            var runStart = i
            while i < bytes.count {
                let c = bytes[i]
                i += 1
                if c == Self.cr || (c == Self.lf && (i < 2 || bytes[i - 2] != Self.cr)) { breaksInLastRecord += 1 }
                guard c == Self.quote else { continue }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<(i - 1)]))
                guard i < bytes.count else { return (String(decoding: scratch, as: UTF8.self), true) }
                let next = bytes[i]
                i += 1
                if next == Self.cr || next == Self.lf {
                    if next == Self.cr, i < bytes.count, bytes[i] == Self.lf { i += 1 }
                    return (String(decoding: scratch, as: UTF8.self), true)
                }
                if next == Self.comma { return (String(decoding: scratch, as: UTF8.self), false) }
                // `""` is one quote; a quote before anything else is kept and that character dropped.
                scratch.append(Self.quote)
                if next != Self.quote, next >= 0x80 {
                    // The dropped character's continuation bytes go too, so the text stays whole.
                    while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
                }
                runStart = i
            }
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
            return (String(decoding: scratch, as: UTF8.self), true)
        }

        private func text(_ from: Int, _ to: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
        }
    }

    /// Line breaks inside a quoted field: CRLF, lone LF and lone CR each count once.
    /// Cost: one pass over the field's contiguous UTF-8 bytes (iterating `String.UTF8View` element
    /// by element cost 4 % of an import's instructions, callgrind, 20,000 talent rows).
    static func lineBreaks(in field: String) -> Int {
        var field = field
        return field.withUTF8 { lineBreaks(in: $0) }
    }

    /// The same over bytes.
    static func lineBreaks(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var previousCR = false
        for b in bytes {
            if b == 13 { count += 1; previousCR = true; continue }
            if b == 10 && !previousCR { count += 1 }
            previousCR = false
        }
        return count
    }
}
