import Custodian
import CustodianPolicyFiles

/// The built-in Hero Platform policy, compiled once for the tests.
enum Hero {
    static let policy: CompiledPolicy = {
        do { return try BuiltInPolicy.heroPlatform.compiled() } catch { fatalError("the built-in policy does not compile: \(error)") }
    }()
    static let engine = PolicyEngine(policy: policy)
}

extension Context {
    /// A context in which the given facts hold.
    static func facts(_ facts: Fact...) -> Context { Context(facts: FactSet(facts)) }
}
