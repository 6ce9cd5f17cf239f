import Custodian
import Foundation
import Testing

@Suite("Legal deadlines as data")
struct LegalDeadlineTests {
    static let december1 = Date(timeIntervalSince1970: 1_796_115_600)  // 2026-12-01T09:00:00Z

    static func iso(_ date: Date?) -> String? { date?.formatted(Date.ISO8601FormatStyle()) }

    @Test("Every jurisdiction answers every event, citing an article")
    func complete() {
        for jurisdiction in Jurisdiction.allCases where jurisdiction != .none {
            for event in LegalEvent.allCases {
                let deadlines = LegalDeadline.due(under: jurisdiction, after: event, at: Self.december1)
                #expect(!deadlines.isEmpty, "\(jurisdiction) \(event)")
                for deadline in deadlines { #expect(!deadline.article.isEmpty) }
            }
        }
        #expect(LegalDeadline.due(under: .none, after: .accessRequest, at: Self.december1).isEmpty)
    }

    @Test("KR access request: 10 days (PIPA Enforcement Decree Art. 41(4))")
    func koreaAccess() throws {
        let deadline = try #require(LegalDeadline.due(under: .kr, after: .accessRequest, at: Self.december1).first)
        #expect(deadline.limit == .days(10))
        #expect(Self.iso(deadline.due) == "2026-12-11T09:00:00Z")
        #expect(deadline.article.contains("Art. 41(4)"))
    }

    @Test("Breach to the authority: EU 72 h, KR 72 h, ID 3×24 h, JP promptly then 30 days, US 60 days")
    func breach() {
        func authority(_ jurisdiction: Jurisdiction) -> [LegalDeadline] {
            LegalDeadline.due(under: jurisdiction, after: .breachDiscovered, at: Self.december1).filter { $0.owedTo == .authority }
        }
        #expect(authority(.eu).map(\.limit) == [.hours(72)])
        #expect(Self.iso(authority(.eu).first?.due) == "2026-12-04T09:00:00Z")
        #expect(authority(.kr).map(\.limit) == [.hours(72)])
        #expect(authority(.id).map(\.limit) == [.hours(72)])
        #expect(authority(.jp).map(\.limit) == [.withoutDelay, .days(30)])
        #expect(authority(.jp).first?.due == nil)
        #expect(authority(.us).map(\.limit) == [.days(60)])
        #expect(authority(.eu).first?.article == "GDPR Art. 33(1)")
    }

    @Test("EU access: one calendar month, extendable by two (GDPR Art. 12(3)); month ends are clamped")
    func europeMonth() throws {
        let january31 = Date(timeIntervalSince1970: 1_801_386_000)  // 2027-01-31T09:00:00Z
        let deadline = try #require(LegalDeadline.due(under: .eu, after: .accessRequest, at: january31).first)
        #expect(deadline.limit == .months(1))
        #expect(deadline.extensionLimit == .months(2))
        #expect(Self.iso(deadline.due) == "2027-02-28T09:00:00Z")
    }

    @Test("ID: processing stops within 3×24 hours of a withdrawal (UU PDP Art. 40(2)); erasure has no statutory time")
    func indonesia() throws {
        let stop = try #require(LegalDeadline.due(under: .id, after: .consentWithdrawn, at: Self.december1).first)
        #expect(stop.limit == .hours(72))
        #expect(stop.article == "UU PDP Art. 40(2)")
        let erase = try #require(LegalDeadline.due(under: .id, after: .erasureRequest, at: Self.december1).first)
        #expect(erase.limit == .noStatutoryLimit)
        #expect(erase.due == nil)
    }

    @Test("US access: 30 days and one 30-day extension (45 CFR 164.524(b)(2))")
    func unitedStates() throws {
        let access = try #require(LegalDeadline.due(under: .us, after: .accessRequest, at: Self.december1).first)
        #expect(access.limit == .days(30))
        #expect(access.extensionLimit == .days(30))
        #expect(Self.iso(access.due) == "2026-12-31T09:00:00Z")
    }
}
