public import Foundation

/// How long the law gives for a duty, from the event that starts it.
public enum TimeLimit: Sendable, Hashable {
    /// A number of hours (`3×24 jam`, 72 hours).
    case hours(Int)
    /// A number of calendar days.
    case days(Int)
    /// A number of calendar months (GDPR Art. 12(3): one month).
    case months(Int)
    /// "Without undue delay", "promptly", "without delay": no fixed time, as soon as possible.
    case withoutDelay
    /// The law sets no time limit for this duty.
    case noStatutoryLimit

    /// The time the limit ends for an event at `start` (UTC calendar), or `nil` when the law
    /// fixes no time.
    public func end(after start: Date) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        switch self {
        case .hours(let hours): return start.addingTimeInterval(TimeInterval(hours) * 3600)
        case .days(let days): return calendar.date(byAdding: .day, value: days, to: start)
        case .months(let months): return calendar.date(byAdding: .month, value: months, to: start)
        case .withoutDelay, .noStatutoryLimit: return nil
        }
    }

    /// The limit in words (`72 hours`, `1 month`, `without delay`).
    public var description: String {
        switch self {
        case .hours(let n): n == 1 ? "1 hour" : "\(n) hours"
        case .days(let n): n == 1 ? "1 day" : "\(n) days"
        case .months(let n): n == 1 ? "1 month" : "\(n) months"
        case .withoutDelay: "without delay"
        case .noStatutoryLimit: "no statutory time limit"
        }
    }

    /// The form used in JSON output: `PT72H`, `P10D`, `P1M` (ISO 8601 durations), `withoutDelay`
    /// or `noStatutoryLimit`.
    public var code: String {
        switch self {
        case .hours(let n): "PT\(n)H"
        case .days(let n): "P\(n)D"
        case .months(let n): "P\(n)M"
        case .withoutDelay: "withoutDelay"
        case .noStatutoryLimit: "noStatutoryLimit"
        }
    }
}
