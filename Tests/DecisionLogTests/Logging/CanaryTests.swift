import Custodian
import DecisionLog
import DecisionLogSQLite
import Foundation
import Testing

@Suite("No personal information in the log")
struct CanaryTests {
    @Test("A subject given in requests appears in no byte of the stored log, its checkpoints or its export")
    func canary() async throws {
        let canary = "CANARY-7f3a-jane.doe@example.org"
        let path = temporaryPath("canary")
        defer { removeDatabase(path) }
        let store = try SQLiteLogStore(path: path)
        let signer = try CheckpointSigner(name: "t/log", privateKey: CheckpointSigner.generateKey())
        let log = DecisionLog(store: store, signer: signer)
        let audited = AuditedEngine(engine: Records.engine, log: log, pseudonymizer: Records.pseudonymizer)
        for n in 0..<200 { _ = await audited.decide(Records.request(n, subject: canary)) }
        let note = try await log.checkpoint()
        var bytes = Data()
        for suffix in ["", "-wal", "-shm"] {
            if let data = FileManager.default.contents(atPath: path + suffix) { bytes.append(data) }
        }
        let exported = try await store.entries(in: 0..<1000).reduce(into: Data()) { $0.append(contentsOf: $1.leaf) }
        #expect(try await store.size() == 200)
        for haystack in [bytes, exported, Data(note.utf8)] {
            #expect(haystack.range(of: Data(canary.utf8)) == nil)
            #expect(haystack.range(of: Data("jane.doe".utf8)) == nil)
        }
        // The pseudonym is there instead, the same for every record of that person.
        let pseudonym = Records.pseudonymizer.pseudonym(for: SubjectID(canary))
        #expect(exported.range(of: Data(pseudonym.utf8)) != nil)
    }
}
