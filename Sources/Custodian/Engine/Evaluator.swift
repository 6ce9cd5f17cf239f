/// A policy's compiled tables at the width its vocabulary needs, behind one interface.
///
/// An enumeration of concrete widths rather than a class hierarchy: each case's evaluator is a
/// concrete type at the call, so the compiler specialises the engine for it (through a class's
/// overridden methods the generic code ran unspecialised, looking up type metadata on every
/// decision: six times slower).
enum Evaluator: Sendable {
    case w64(TableEvaluator<1>)
    case w128(TableEvaluator<2>)
    case w256(TableEvaluator<4>)
    case w512(TableEvaluator<8>)
    case w1024(TableEvaluator<16>)

    init(_ policy: Policy, _ vocabulary: CompiledVocabulary) throws {
        self =
            switch vocabulary.words {
            case 1: .w64(try TableEvaluator(policy, vocabulary))
            case 2: .w128(try TableEvaluator(policy, vocabulary))
            case 4: .w256(try TableEvaluator(policy, vocabulary))
            case 8: .w512(try TableEvaluator(policy, vocabulary))
            default: .w1024(try TableEvaluator(policy, vocabulary))
            }
    }

    @inline(__always)
    func check(_ request: Request) -> Verdict {
        switch self {
        case .w64(let tables): tables.check(request)
        case .w128(let tables): tables.check(request)
        case .w256(let tables): tables.check(request)
        case .w512(let tables): tables.check(request)
        case .w1024(let tables): tables.check(request)
        }
    }

    func decide(_ request: Request, version: PolicyVersion, id: DecisionID) -> Decision {
        switch self {
        case .w64(let tables): tables.decide(request, version: version, id: id)
        case .w128(let tables): tables.decide(request, version: version, id: id)
        case .w256(let tables): tables.decide(request, version: version, id: id)
        case .w512(let tables): tables.decide(request, version: version, id: id)
        case .w1024(let tables): tables.decide(request, version: version, id: id)
        }
    }

    /// This policy as a rule pack, for a request its policy allowed (the hot path of `check`).
    @inline(__always)
    func supplementOfAllowed(_ request: Request) -> (forbidden: Bool, obligations: ObligationSet) {
        switch self {
        case .w64(let tables): tables.supplementOfAllowed(request)
        case .w128(let tables): tables.supplementOfAllowed(request)
        case .w256(let tables): tables.supplementOfAllowed(request)
        case .w512(let tables): tables.supplementOfAllowed(request)
        case .w1024(let tables): tables.supplementOfAllowed(request)
        }
    }

    /// This policy as a rule pack: whether a `forbid` applies, the obligations it adds, and the
    /// reasons for both.
    func supplementWithReasons(_ request: Request) -> (forbidden: Bool, obligations: ObligationSet, reasons: [Reason]) {
        switch self {
        case .w64(let tables): tables.supplementWithReasons(request)
        case .w128(let tables): tables.supplementWithReasons(request)
        case .w256(let tables): tables.supplementWithReasons(request)
        case .w512(let tables): tables.supplementWithReasons(request)
        case .w1024(let tables): tables.supplementWithReasons(request)
        }
    }

    var tableBytes: Int {
        switch self {
        case .w64(let tables): tables.tableBytes
        case .w128(let tables): tables.tableBytes
        case .w256(let tables): tables.tableBytes
        case .w512(let tables): tables.tableBytes
        case .w1024(let tables): tables.tableBytes
        }
    }

    var keepsAnyPurposeRulesApart: Bool {
        switch self {
        case .w64(let tables): tables.keepsAnyPurposeRulesApart
        case .w128(let tables): tables.keepsAnyPurposeRulesApart
        case .w256(let tables): tables.keepsAnyPurposeRulesApart
        case .w512(let tables): tables.keepsAnyPurposeRulesApart
        case .w1024(let tables): tables.keepsAnyPurposeRulesApart
        }
    }
}
