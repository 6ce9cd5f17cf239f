/// The compiled tables of a policy behind one interface, whatever the width of their bit sets:
/// ``CompiledPolicy`` holds one, made by ``TableEvaluator`` at the width its vocabulary needs.
class Evaluator: @unchecked Sendable {
    func check(_ request: Request) -> Verdict { fatalError("abstract") }
    func decide(_ request: Request, version: PolicyVersion, id: DecisionID) -> Decision { fatalError("abstract") }
    /// This policy as a rule pack: whether a `forbid` applies and the obligations it adds.
    func supplement(_ request: Request) -> (forbidden: Bool, obligations: ObligationSet) { fatalError("abstract") }
    /// The reasons a rule pack adds.
    func supplementReasons(_ request: Request) -> [Reason] { fatalError("abstract") }
    var tableBytes: Int { fatalError("abstract") }
    var keepsAnyPurposeRulesApart: Bool { fatalError("abstract") }
}
