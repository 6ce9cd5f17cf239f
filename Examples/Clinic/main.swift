// An example service with a policy of its own: a clinic that keeps diagnoses and prescriptions.
// Its policy (clinic.custodian.yaml) declares its own categories, fact and obligation beside the
// Hero Platform vocabulary it imports, and the CustodianModels build plugin generates the Swift
// type `HealthRecord` from it when this target is built.
//
//     swift run ClinicModelsExample

import Custodian
import CustodianPolicyFiles
import Foundation

do {
    guard let url = Bundle.module.url(forResource: "clinic.custodian", withExtension: "yaml") else {
        throw PolicyFileError(file: "clinic.custodian.yaml", message: "not found among the example's resources")
    }
    let engine = PolicyEngine(policy: try PolicyFile.compile(contentsOf: url))
    let explainer = DecisionExplainer(policy: engine.policy)

    // A typed value: its fields print redacted, and its type knows its purposes.
    let record = HealthRecord(diagnosis: "J45.909 asthma", prescription: "salbutamol 100 µg as needed")
    print("HealthRecord may be used for: \(record.declaredPurposes.map(\.rawValue).joined(separator: ", "))")
    print("Its categories: \(HealthRecord.descriptor.categories.categories.map(\.rawValue).joined(separator: ", "))")

    let treat = record.request(.use, for: .treatment, legalBasis: .contract)
    print(explainer.explain(engine.decide(treat), for: treat))

    // Sending the diagnosis to a specialist needs a referral on file (the clinic's own fact).
    let diagnosis = HealthRecord(diagnosis: record.diagnosis)
    for referralOnFile in [false, true] {
        let share = diagnosis.request(
            .share, for: .referral, recipient: .specialist, legalBasis: .contract,
            context: Context(facts: referralOnFile ? [.referralOnFile] : []))
        print(explainer.explain(engine.decide(share), for: share))
    }

    // `record.request(.use, for: .marketing)` does not compile: marketing is not a purpose
    // HealthRecord declares (the test suite builds such a misuse and expects it to fail).
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
