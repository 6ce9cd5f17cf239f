import Custodian
import CustodianPolicyFiles
import Testing

@Suite("Building a policy in Swift")
struct PolicyBuilderTests {
    static let yaml = """
        schema: custodian.policy/1
        id: clinic
        title: Clinic Privacy Policy
        controller: {id: clinic, name: The Clinic, clause: "Who we are"}
        recipients:
          - {id: controller, description: the clinic, clause: "Who we are"}
          - {id: serviceProvider, description: our vendors, clause: "Vendors"}
        purposes:
          - {id: support, description: answering questions, clause: "Support"}
        rules:
          - id: support
            effect: permit
            clause: "Support"
            actions: [collect, use]
            recipients: [controller]
            purposes: [support]
            categories: [contact, communications.support]
            legalBases: [contract]
          - id: vendors
            effect: permit
            clause: "Vendors"
            actions: [share]
            recipients: [serviceProvider]
            purposes: any
            categories: usableForPurpose
            when: {all: [processorContract]}
            obligations: [minimizeData]
          - id: retain
            effect: permit
            clause: "Retention"
            actions: [retain]
            recipients: [controller]
            purposes: any
            categories: any
            when: {none: [retentionExpired]}
        """

    @Test("The builder and a YAML document describe the same policy, with the same version")
    func sameAsYAML() throws {
        let built = Policy(
            id: "clinic", title: "Clinic Privacy Policy", controller: .init(id: "clinic", name: "The Clinic", clause: "Who we are")
        ) {
            Policy.Declaration<Recipient>(.controller, "the clinic", clause: "Who we are")
            Policy.Declaration<Recipient>(.serviceProvider, "our vendors", clause: "Vendors")
            Policy.Declaration<Purpose>(.support, "answering questions", clause: "Support")
            Policy.Rule.permit(
                "support", clause: "Support", actions: [.collect, .use], purposes: [.support],
                categories: ["contact", "communications.support"], legalBases: [.contract])
            Policy.Rule.permit(
                "vendors", clause: "Vendors", actions: [.share], recipients: [.serviceProvider],
                categories: .usableForPurpose, when: Condition(all: [.processorContract]), obligations: [.minimizeData])
            Policy.Rule.retain("retain", clause: "Retention", when: Condition(none: [.retentionExpired]))
        }
        let decoded = try PolicyFile.decode(Self.yaml, file: "clinic.yaml")
        #expect(built == decoded)
        #expect(try CompiledPolicy(built).version == (try CompiledPolicy(decoded)).version)

        let engine = PolicyEngine(policy: try CompiledPolicy(built))
        let share = Request(
            .share, categories: ["contact.email"], purpose: .support, recipient: .serviceProvider,
            context: Context(facts: [.processorContract]))
        #expect(engine.decide(share).isAllowed)
        #expect(engine.decide(share).obligations == [.minimizeData])
        var usage = share
        usage.categories = ["usage"]
        #expect(!engine.decide(usage).isAllowed)
    }
}
