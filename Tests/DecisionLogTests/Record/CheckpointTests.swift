import DecisionLog
import Foundation
import Testing

@Suite("Signed checkpoints (C2SP signed notes)")
struct CheckpointTests {
    static let signer = try! CheckpointSigner(name: "example.org/log", privateKey: Data(repeating: 3, count: 32))

    @Test("A signed checkpoint verifies with the published key and reads back")
    func roundTrip() throws {
        let checkpoint = Checkpoint(
            origin: "example.org/log", size: 1000, rootHash: .leaf([1, 2, 3]), time: Date(timeIntervalSince1970: 1_790_000_000.123))
        let note = try Self.signer.sign(checkpoint)
        #expect(note.hasPrefix("example.org/log\n1000\n"))
        #expect(note.contains("\ntime 2026-09-21T14:13:20.123Z\n\n— example.org/log "))
        let verifier = try CheckpointVerifier(verifierKey: Self.signer.verifierKey)
        #expect(try verifier.verify(note) == checkpoint)
    }

    @Test("A changed body, another key or another name is rejected")
    func rejects() throws {
        let note = try Self.signer.sign(Checkpoint(origin: "example.org/log", size: 5, rootHash: .empty, time: Date()))
        let verifier = try CheckpointVerifier(verifierKey: Self.signer.verifierKey)
        #expect(throws: DecisionLogError.self) { try verifier.verify(note.replacingOccurrences(of: "\n5\n", with: "\n6\n")) }
        let other = try CheckpointSigner(name: "example.org/log", privateKey: Data(repeating: 4, count: 32))
        #expect(throws: DecisionLogError.self) { try CheckpointVerifier(verifierKey: other.verifierKey).verify(note) }
        #expect(throws: DecisionLogError.self) { try CheckpointVerifier(verifierKey: "nonsense") }
        let key = Self.signer.verifierKey
        #expect(throws: DecisionLogError.self) {
            try CheckpointVerifier(verifierKey: key.replacingOccurrences(of: "example.org/log+", with: "example.org/lag+"))
        }
    }
}
