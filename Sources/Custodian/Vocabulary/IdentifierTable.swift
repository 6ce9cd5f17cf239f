import Foundation

/// Interns the identifiers of one kind (categories, groups, facts, obligations) to small dense
/// numbers, so that a compiled policy maps a request's identifiers to its own indices with one
/// array read instead of hashing strings.
///
/// The numbers are process-wide and never reused; they are not stable across processes and are
/// never written anywhere. Interning happens when an identifier value is created (a literal, a
/// policy document); reading a request through a compiled vocabulary never interns, so untrusted
/// requests cannot grow the table.
package final class IdentifierTable: @unchecked Sendable {
    private let lock = NSLock()
    private var numbers: [String: UInt32] = [:]
    private var names: [String] = []
    /// The most identifiers the table holds.
    package let capacity: Int
    package let kind: String

    /// - Parameter reserved: identifiers numbered first, whatever the process reads later (the
    ///   built-in vocabulary's, whose static members must always exist).
    package init(kind: String, capacity: Int, reserved: [String] = []) {
        self.kind = kind
        self.capacity = capacity
        for identifier in reserved where numbers[identifier] == nil {
            numbers[identifier] = UInt32(names.count)
            names.append(identifier)
        }
    }

    /// The number of `identifier`, assigning the next one when it is new; `nil` when the table is
    /// full.
    package func intern(_ identifier: String) -> UInt32? {
        lock.withLock {
            if let number = numbers[identifier] { return number }
            guard numbers.count < capacity else { return nil }
            let number = UInt32(numbers.count)
            numbers[identifier] = number
            names.append(identifier)
            return number
        }
    }

    /// The identifier numbered `number`.
    package func name(of number: UInt32) -> String { lock.withLock { names[Int(number)] } }

    /// How many identifiers have been interned so far.
    package var count: Int { lock.withLock { numbers.count } }

    package static let categories = IdentifierTable(kind: "category", capacity: 1 << 22)
    package static let groups = IdentifierTable(kind: "category group", capacity: 1 << 22)
    package static let facts = IdentifierTable(kind: "fact", capacity: 1 << 22)
    /// Obligations are few, and a ``Verdict`` holds them as an inline bit set of this width, so
    /// that `check` never allocates.
    package static let obligations = IdentifierTable(
        kind: "obligation", capacity: ObligationSet.capacity,
        reserved: [
            "notifyUserInAdvance", "minimizeData", "limitUseToContract", "limitToOrderScope", "recordProvision",
            "recordDisclosure", "encryptIdentifiers", "destroyIrrecoverably", "segregateRetainedData", "honorObjection",
            "protectSecret",
        ])
}

/// The shape of the identifiers a policy's vocabulary declares.
package enum IdentifierShape {
    /// `group.name`: two well-formed identifiers joined by one dot.
    package static func isCategory(_ value: String) -> Bool {
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { Identifier.isWellFormed(String($0)) }
    }

    /// One or more well-formed identifiers joined by dots (`separateConsent.marketing`), at most
    /// 128 characters.
    package static func isFact(_ value: String) -> Bool {
        value.utf8.count <= 128
            && value.split(separator: ".", omittingEmptySubsequences: false).allSatisfy {
                Identifier.isWellFormed(String($0))
            }
    }
}
