import Foundation

/// Wall-clock time of each phase, printed to standard error when `CUSTODIAN_TIMING` is set.
final class PhaseTiming: @unchecked Sendable {
    private let enabled: Bool
    private var last = ContinuousClock.now
    private var phases: [(String, Duration)] = []

    init(enabled: Bool) { self.enabled = enabled }

    func mark(_ phase: String) {
        guard enabled else { return }
        let now = ContinuousClock.now
        phases.append((phase, now - last))
        last = now
    }

    func report() {
        guard enabled else { return }
        for (phase, duration) in phases {
            FileHandle.standardError.write(Data("\(phase): \(duration)\n".utf8))
        }
    }
}
