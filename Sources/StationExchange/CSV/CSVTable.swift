import CSV
import Foundation

/// A CSV file read into memory: its header and its records, each with the physical line it starts on.
///
/// Parsing is yaslab CSV.swift's (RFC 4180: quoted fields with commas, quotes and line breaks; CRLF
/// or LF). CSV.swift does not report line numbers, so they are counted here from the line breaks
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
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ImportFailure.unreadable(path: fileName ?? path, reason: "\(error.localizedDescription)")
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
    public static func parse(text: String, encoding: SourceEncoding = .utf8, fileName: String,
                             control: ImportControl? = nil) throws -> CSVTable {
        let reader = try CSVReader(string: text, hasHeaderRow: false)
        var header: [String]? = nil
        var records: [Record] = []
        var line = 1
        let totalBytes = max(1, text.utf8.count)
        var consumedBytes = 0
        while let fields = reader.next() {
            let start = line
            var breaks = 1
            var size = fields.count
            for field in fields {
                size += field.utf8.count
                breaks += lineBreaks(in: field)
            }
            line += breaks
            consumedBytes += size
            if fields.allSatisfy({ $0.isEmpty }) { continue }
            if header == nil {
                header = fields
                continue
            }
            records.append(Record(line: start, fields: fields))
            if records.count & 4095 == 0, let control {
                try control.checkpoint(.reading, done: consumedBytes, total: totalBytes)
            }
        }
        guard let header else { throw ImportFailure.empty(file: fileName) }
        return CSVTable(fileName: fileName, encoding: encoding, header: header, records: records)
    }

    /// Line breaks inside a quoted field: CRLF, lone LF and lone CR each count once.
    static func lineBreaks(in field: String) -> Int {
        var count = 0
        var previousCR = false
        for b in field.utf8 {
            if b == 13 { count += 1; previousCR = true; continue }
            if b == 10 && !previousCR { count += 1 }
            previousCR = false
        }
        return count
    }
}
