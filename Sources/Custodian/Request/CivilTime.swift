/// Arithmetic on UTC calendar dates, without a calendar object or locale: what readers of
/// `YYYY-MM-DDTHH:MM:SSZ` times need to turn them into instants quickly and exactly.
package enum CivilTime {
    /// Days from 1970-01-01 to the given proleptic Gregorian date (Howard Hinnant's
    /// `days_from_civil`).
    package static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Whether `day` exists in `month` of `year`.
    package static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    /// Whether an ISO 8601 time names a date and time that exist: `YYYY-MM-DD` a real day, and
    /// `THH:MM[:SS]` after it (when present) within 00:00:00–23:59:59. A parser that rolls
    /// 2026-02-30 over to March 2 must not see such a text.
    package static func isRealTime(_ text: String) -> Bool {
        let b = Array(text.utf8.prefix(19))
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= b.count else { return nil }
            var value = 0
            for i in range {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                value = value * 10 + Int(b[i] - 0x30)
            }
            return value
        }
        guard b.count >= 10, b[4] == 0x2D, b[7] == 0x2D, let year = number(0..<4), let month = number(5..<7),
            let day = number(8..<10)
        else { return true }  // not the extended calendar form: left to the parser
        guard isValid(year: year, month: month, day: day) else { return false }
        guard b.count >= 16, b[10] == 0x54 || b[10] == 0x74, b[13] == 0x3A else { return true }
        guard let hour = number(11..<13), let minute = number(14..<16), hour < 24, minute < 60 else { return false }
        if b.count >= 19, b[16] == 0x3A {
            guard let second = number(17..<19), second < 60 else { return false }
        }
        return true
    }
}
