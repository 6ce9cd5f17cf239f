import ArgumentParser
import Custodian
import Foundation

/// `custodian deadlines`: what the law of a jurisdiction makes due after an event, by when.
struct DeadlinesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadlines",
        abstract: "Legal deadlines after an event (breach, access or erasure request, consent withdrawn), citing the article.",
        discussion: """
            Example: custodian deadlines --jurisdiction KR --event accessRequest --at 2026-12-01T09:00:00Z

            Days and months are calendar days and months in UTC, counted from --at; national \
            rules on counting can move an end by a day, so treat it as the latest safe moment. \
            Exit status: 0 printed; 64 a bad option (unknown jurisdiction or event, a time that \
            is not ISO 8601).
            """)

    @Option(name: .long, help: "The jurisdiction: EU, KR, JP, ID or US.")
    var jurisdiction: Jurisdiction

    @Option(name: .long, help: "The event: breachDiscovered, accessRequest, erasureRequest or consentWithdrawn.")
    var event: LegalEvent

    @Option(name: .long, help: "When the event happened (ISO 8601 with a zone, e.g. 2026-12-01T09:00:00Z).")
    var at: String

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        guard jurisdiction != .none else {
            throw ValidationError("'none' has no legal deadlines: name a jurisdiction (EU, KR, JP, ID, US)")
        }
        guard time != nil else {
            throw ValidationError("--at '\(at)' is not an ISO 8601 time with a zone (for example 2026-12-01T09:00:00Z)")
        }
    }

    private var time: Date? {
        guard CivilTime.isRealTime(at) else { return nil }
        return try? Date(at, strategy: .iso8601)
    }

    func run() throws {
        let time = self.time!  // validate() checked it
        let deadlines = LegalDeadline.due(under: jurisdiction, after: event, at: time)
        let stamp = Date.ISO8601FormatStyle()
        switch format {
        case .json:
            let objects = deadlines.map { deadline in
                Entry(
                    jurisdiction: deadline.jurisdiction.rawValue, event: deadline.event.rawValue, duty: deadline.duty,
                    owedTo: deadline.owedTo.rawValue, limit: deadline.limit.code, extension: deadline.extensionLimit?.code,
                    due: deadline.due.map { $0.formatted(stamp) }, article: deadline.article, note: deadline.note)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Output.print(String(decoding: try encoder.encode(objects), as: UTF8.self))
        case .text:
            var lines = ["\(jurisdiction.lawName): \(event.rawValue) at \(time.formatted(stamp))"]
            for deadline in deadlines {
                let due = deadline.due.map { "by \($0.formatted(stamp))" } ?? deadline.limit.description
                var line = "  - \(deadline.duty) (to the \(Self.party(deadline.owedTo))): \(due)"
                if deadline.due != nil { line += " (\(deadline.limit.description))" }
                if let extensionLimit = deadline.extensionLimit { line += ", extendable by \(extensionLimit.description)" }
                lines.append(line + ". \(deadline.article)")
                if let note = deadline.note { lines.append("      \(note)") }
            }
            Output.print(lines.joined(separator: "\n"))
        }
    }

    private static func party(_ party: LegalDeadline.Party) -> String {
        switch party {
        case .authority: "supervisory authority"
        case .dataSubject: "person concerned"
        case .coveredEntity: "covered entity"
        }
    }

    private struct Entry: Encodable {
        var jurisdiction, event, duty, owedTo, limit: String
        var `extension`: String?
        var due: String?
        var article: String
        var note: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(jurisdiction, forKey: .jurisdiction)
            try container.encode(event, forKey: .event)
            try container.encode(duty, forKey: .duty)
            try container.encode(owedTo, forKey: .owedTo)
            try container.encode(limit, forKey: .limit)
            try container.encode(`extension`, forKey: .extension)
            try container.encode(due, forKey: .due)
            try container.encode(article, forKey: .article)
            try container.encode(note, forKey: .note)
        }

        enum CodingKeys: String, CodingKey { case jurisdiction, event, duty, owedTo, limit, `extension`, due, article, note }
    }
}
