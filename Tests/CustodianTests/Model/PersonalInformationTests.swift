import Custodian
import Testing

@Suite("Typed personal-information models")
struct PersonalInformationTests {
    static let types: [any PersonalInformation.Type] = [
        IdentityInformation.self, ContactInformation.self, AffiliationInformation.self, Credentials.self,
        SupportCommunication.self, ChatCommunication.self, AutomaticallyCollectedData.self, UsageInformation.self,
        DeviceInformation.self, CrashData.self,
    ]

    @Test("The types cover every category of the vocabulary exactly once")
    func coverage() {
        var seen = CategorySet()
        for type in Self.types {
            #expect(seen.intersection(type.descriptor.categories).isEmpty)
            seen.formUnion(type.descriptor.categories)
        }
        #expect(seen == CategorySet(Vocabulary.heroPlatform.categories.map(\.id)))
    }

    /// The facts under which every purpose's own conditions hold.
    static let favourable = Context(facts: FactSet([.pushNotificationsEnabled, .appCrashed, .contractInForce]))

    @Test("Each type declares exactly the purposes the Hero policy states for collecting it")
    func purposesMatchPolicy() {
        for type in Self.types {
            let descriptor = type.descriptor
            for purpose in Hero.policy.policy.purposes.map(\.id) {
                let stated = descriptor.categories.categories.allSatisfy { category in
                    (descriptor.legalBases.isEmpty ? [nil] : descriptor.legalBases.map(Optional.some)).contains { basis in
                        Hero.engine.decide(
                            Request(
                                .collect, categories: [.leaf(category)], purpose: purpose, legalBasis: basis,
                                context: Self.favourable)
                        ).isAllowed
                    }
                }
                #expect(stated == descriptor.purposes.contains(purpose), "\(descriptor.name) / \(purpose)")
            }
        }
    }

    @Test("Each type's legal bases are the ones the policy accepts for it (none named: any, or none, is accepted)")
    func legalBasesMatchPolicy() {
        for type in Self.types {
            let descriptor = type.descriptor
            let category = descriptor.categories.categories[0]
            for basis in LegalBasis.allCases + [nil] as [LegalBasis?] {
                let accepted = descriptor.purposes.contains { purpose in
                    Hero.engine.decide(
                        Request(.collect, categories: [.leaf(category)], purpose: purpose, legalBasis: basis, context: Self.favourable)
                    ).isAllowed
                }
                let expected = descriptor.legalBases.isEmpty || basis.map(descriptor.legalBases.contains) == true
                #expect(accepted == expected, "\(descriptor.name) / \(String(describing: basis))")
            }
        }
    }

    @Test("Sensitivity: credentials are secret, unique identifiers flagged, communications confidential")
    func sensitivity() {
        #expect(Credentials.descriptor.fields.allSatisfy { $0.sensitivity == .secret })
        let identifiers = Set(AutomaticallyCollectedData.fields.filter { $0.sensitivity == .uniqueIdentifier }.map(\.category))
        #expect(identifiers == [.onlineMACAddress, .onlineCookieID, .onlineUniqueIdentifier, .onlineUserID])
        #expect(DeviceInformation.fields.first { $0.category == .deviceIdentifier }?.sensitivity == .uniqueIdentifier)
        #expect(ChatCommunication.descriptor.sensitivity == .confidential)
        #expect(ContactInformation.descriptor.source == .providedByUser)
        #expect(UsageInformation.descriptor.source == .collectedAutomatically)
    }

    @Test("A value builds requests for the fields it holds and the purposes its type declares")
    func typedRequests() {
        let contact = ContactInformation(email: "ada@example.org", phone: "+82 10 0000 0000")
        #expect(contact.declaredPurposes == [.relationship, .serviceAccess, .support])
        let request = contact.request(.use, for: .support)
        #expect(Hero.policy.leafCategories(of: request) == [.contactEmail, .contactPhone])
        // The policy's text names no legal basis for contact information: none is invented.
        #expect(request.legalBasis == nil)
        #expect(Hero.engine.decide(request).isAllowed)
        #expect(Hero.engine.decide(contact.request(.use, for: .support, legalBasis: .legitimateInterests)).isAllowed)

        let marketing = contact.request(.use, withAdditionalConsentFor: .marketing)
        #expect(!Hero.engine.decide(marketing).isAllowed)
        var consented = marketing
        consented.context.consentedPurposes = [.marketing]
        #expect(Hero.engine.decide(consented).isAllowed)

        let legal = contact.request(using: .legalCompliance, legalBasis: .legalObligation)
        #expect(Hero.engine.decide(legal).isAllowed)
    }

    @Test("Personal values never show themselves in descriptions or dumps")
    func redaction() {
        let credentials = Credentials(password: "hunter2-canary")
        var dumped = ""
        dump(credentials, to: &dumped)
        #expect(!"\(credentials)".contains("hunter2"))
        #expect(!String(reflecting: credentials).contains("hunter2"))
        #expect(!dumped.contains("hunter2"))
        #expect(credentials.password?.revealed == "hunter2-canary")
        #expect(!"\(SubjectID("user-8841"))".contains("8841"))
    }

    @Test("Every type follows the Hero retention rule")
    func retention() {
        for type in Self.types {
            #expect(type.descriptor.retention == .hero)
            #expect(type.descriptor.retention.legalRequirementsExtend)
        }
    }
}
