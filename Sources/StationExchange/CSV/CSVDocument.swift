import CSV
import Foundation

/// Writes rows as the CSV that Excel and WPS open correctly with Chinese text: UTF-8 with a
/// byte-order mark, CRLF line ends (after the last row too), fields quoted when they hold a comma,
/// a quote or a line break (yaslab CSV.swift's `CSVWriter`, into memory). Every text cell that a
/// spreadsheet would read as a formula is guarded (`FormulaGuard`); `plainColumns` (money, dates,
/// numbers) are written as they are.
public enum CSVDocument {
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The whole file's bytes. Cost: O(total characters); the file is built in memory.
    public static func data(header: [String], rows: [[String]], plainColumns: Set<Int> = []) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header)
        for row in rows {
            var cells = row
            for i in cells.indices where !plainColumns.contains(i) { cells[i] = FormulaGuard.guarded(cells[i]) }
            try writer.write(row: cells)
        }
        stream.close()
        guard let body = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw CSVError.cannotWriteStream
        }
        var out = Data(byteOrderMark)
        out.reserveCapacity(body.count + 5)
        out.append(body)
        out.append(contentsOf: [13, 10])
        return out
    }
}
