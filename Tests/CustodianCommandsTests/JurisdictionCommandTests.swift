import Foundation
import Testing

/// The jurisdiction commands and options, end to end.
@Suite("Jurisdictions on the command line")
struct JurisdictionCommandTests {
    typealias CLI = CommandLineTests

    static let specialistOnContract =
        #"{"action":"share","subject":"user-1","categories":["contact.email"],"purpose":"serviceAccess","recipient":"specialist","legalBasis":"contract","jurisdiction":"KR","context":{"contractInForce":true}}"#

    @Test("decide applies the KR pack and cites PIPA Art. 17(1); --without-rule-packs decides under the policy alone")
    func decideWithPacks() throws {
        let decided = try CLI.run(["decide"], input: Self.specialistOnContract)
        #expect(decided.status == 0)
        #expect(decided.out.contains(#""decision":"deny""#))
        #expect(decided.out.contains(#""rule":"kr.provision.ground","clause":"PIPA Art. 17(1)""#))
        let alone = try CLI.run(["decide", "--without-rule-packs"], input: Self.specialistOnContract)
        #expect(alone.status == 0)
        #expect(alone.out.contains(#""decision":"allow""#))
        #expect(alone.out.contains("jurisdiction.KR.noRulePack"))
        // The packs' own facts are read from requests (and a misspelt one is an error naming it).
        let consented = Self.specialistOnContract.replacingOccurrences(
            of: #""contractInForce":true"#,
            with: #""contractInForce":true,"separateConsents":["thirdPartyProvision"],"consentNoticeGiven":true"#)
        #expect(try CLI.run(["decide"], input: consented).out.contains(#""decision":"allow""#))
        let misspelt = consented.replacingOccurrences(of: "consentNoticeGiven", with: "consentNoticeGivn")
        let bad = try CLI.run(["decide"], input: misspelt)
        #expect(bad.status == 2)
        #expect(bad.err.contains("consentNoticeGivn"))
    }

    @Test("explain quotes the law where a pack's rule decided")
    func explainQuotesTheLaw() throws {
        let explained = try CLI.run(["explain"], input: Self.specialistOnContract)
        #expect(explained.status == 0)
        #expect(explained.out.contains("Forbidden by rule kr.provision.ground, from “PIPA Art. 17(1)”"))
        #expect(explained.out.contains("The law says: “정보주체의 동의를 받은 경우"))
    }

    @Test("An unknown jurisdiction is an error naming it, line and column")
    func unknownJurisdiction() throws {
        let bad = try CLI.run(["decide"], input: Self.specialistOnContract.replacingOccurrences(of: #""KR""#, with: #""FR""#))
        #expect(bad.status == 2)
        #expect(bad.err.contains("unknown jurisdiction 'FR'"))
        #expect(bad.err.contains("line 1, column"))
        #expect(bad.out.isEmpty)
    }

    @Test("packs lists the five packs with their articles and what they leave out; --show prints one")
    func packs() throws {
        let listed = try CLI.run(["packs"])
        #expect(listed.status == 0)
        for code in ["EU", "KR", "JP", "ID", "US"] { #expect(listed.out.contains("custodian:pack/\(code)")) }
        #expect(listed.out.contains("PIPA Art. 28-8(1)"))
        #expect(listed.out.contains("not modelled:"))
        let json = try CLI.run(["packs", "--format", "json"])
        let entries = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]]
        #expect(entries?.count == 5)
        #expect((entries?.first?["unmodelled"] as? [String])?.isEmpty == false)
        let shown = try CLI.run(["packs", "--show", "JP"])
        #expect(shown.status == 0)
        #expect(shown.out.contains("jurisdiction: JP"))
        #expect(try CLI.run(["packs", "--show", "none"]).status == 1)
    }

    @Test("lint --packs lints the five packs clean; a pack with a permit rule is a finding")
    func lintPacks() throws {
        let linted = try CLI.run(["lint", "--packs"])
        #expect(linted.status == 0, "\(linted.out)")
        #expect(linted.out.components(separatedBy: "no findings").count == 6)
        #expect(try CLI.run(["lint", "custodian:pack/KR"]).status == 0)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("custodian-pack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("pack.yaml")
        try """
            schema: custodian.policy/1
            id: pack-x
            title: X
            pack: {jurisdiction: KR, law: "a law"}
            controller: {id: c, name: C, clause: "Art. 1"}
            recipients: []
            purposes: []
            rules:
              - id: x.permit
                effect: permit
                clause: "Art. 2"
                actions: [share]
                recipients: any
                purposes: any
                categories: [contact.email]
            """.write(to: file, atomically: true, encoding: .utf8)
        let found = try CLI.run(["lint", file.path])
        #expect(found.status == 1)
        #expect(found.out.contains("packRule"))
        #expect(found.out.contains("never permits"))
        #expect(found.out.contains("apply to any category"))
    }

    @Test("deadlines: KR access in 10 days, EU breach in 72 hours as JSON, bad options exit 64")
    func deadlines() throws {
        let korea = try CLI.run(["deadlines", "--jurisdiction", "KR", "--event", "accessRequest", "--at", "2026-12-01T09:00:00Z"])
        #expect(korea.status == 0)
        #expect(korea.out.contains("by 2026-12-11T09:00:00Z (10 days)"))
        #expect(korea.out.contains("Enforcement Decree Art. 41(4)"))
        let europe = try CLI.run([
            "deadlines", "--jurisdiction", "EU", "--event", "breachDiscovered", "--at", "2026-12-01T09:00:00+01:00", "--format",
            "json",
        ])
        #expect(europe.status == 0)
        let entries = try JSONSerialization.jsonObject(with: Data(europe.out.utf8)) as? [[String: Any]]
        #expect(entries?.first?["due"] as? String == "2026-12-04T08:00:00Z")
        #expect(entries?.first?["limit"] as? String == "PT72H")
        for bad in [
            ["--jurisdiction", "FR", "--event", "accessRequest", "--at", "2026-12-01T09:00:00Z"],
            ["--jurisdiction", "none", "--event", "accessRequest", "--at", "2026-12-01T09:00:00Z"],
            ["--jurisdiction", "KR", "--event", "coffeeBreak", "--at", "2026-12-01T09:00:00Z"],
            ["--jurisdiction", "KR", "--event", "accessRequest", "--at", "2026-02-30T09:00:00Z"],
            ["--jurisdiction", "KR", "--event", "accessRequest", "--at", "yesterday"],
        ] {
            let run = try CLI.run(["deadlines"] + bad)
            #expect(run.status == 64, "\(bad)")
            #expect(!run.err.isEmpty)
            #expect(run.out.isEmpty)
        }
    }
}
