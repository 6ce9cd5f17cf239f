// An example service: before it hands a support ticket to its help-desk vendor, it asks
// Custodian whether the Hero Platform policy allows it, acts only on an allow, and honours the
// obligations that come with it.
//
//     swift run ServiceCheckExample

import Custodian
import CustodianPolicyFiles

let engine = PolicyEngine(policy: try BuiltInPolicy.heroPlatform.compiled())

// The ticket, as typed personal information: its values never print by accident.
let contact = ContactInformation(email: "ada@example.org")
let ticket = SupportCommunication(content: "I cannot open the consult from yesterday.")

for hasVendorContract in [false, true] {
    var request = contact.request(
        .share, for: .support, recipient: .serviceProvider, legalBasis: .contract, subject: SubjectID("user-8841"),
        context: Context(facts: hasVendorContract ? [.processorContract] : []))
    request.categories += ticket.presentCategories.categories.map(CategoryReference.leaf)

    let decision = engine.decide(request)
    print("Vendor contract in place: \(hasVendorContract) → \(decision.outcome.rawValue)")
    if decision.isAllowed {
        for obligation in decision.obligations { print("  must: \(engine.policy.vocabulary.description(of: obligation) ?? obligation.rawValue)") }
        print("  sending \(ticket.content!) to the vendor")  // prints ‹redacted›: reveal deliberately
    } else {
        for reason in decision.reasons { print("  because: \(DecisionExplainer(policy: engine.policy).sentence(for: reason))") }
    }
}

// Marketing is not a purpose ContactInformation declares: `contact.request(.use, for: .marketing)`
// does not compile. It has to say that it relies on additional consent, and the engine checks it.
let marketing = contact.request(.use, withAdditionalConsentFor: .marketing)
print("Marketing email without consent → \(engine.decide(marketing).outcome.rawValue)")
