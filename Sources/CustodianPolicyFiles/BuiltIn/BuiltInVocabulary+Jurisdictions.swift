/// The facts and obligations the built-in jurisdiction rule packs decide on, as a vocabulary
/// document (`custodian:jurisdictions`) each pack imports. Facts a policy of the Hero Platform
/// vocabulary already declares are declared here alike, so that a pack also serves a policy of
/// another vocabulary: a request under a jurisdiction may state any of them.
extension BuiltInVocabulary {
    /// The vocabulary of the jurisdiction rule packs (`custodian:jurisdictions`).
    public static let jurisdictions = BuiltInVocabulary(name: "jurisdictions", text: jurisdictionsVocabularyText)
}

private let jurisdictionsVocabularyText = #"""
# The facts and obligations of Custodian's jurisdiction rule packs (GDPR, PIPA, APPI, UU PDP,
# HIPAA). No categories: a rule pack decides on facts, so that it serves any policy's categories.
schema: custodian.vocabulary/1
vocabulary:
  facts:
    # The Hero Platform vocabulary's facts the packs name (same identifiers and meaning).
    - id: consentBundled
      description: "the consent was bundled with terms of service rather than given on its own"
    - id: objection
      description: "the person has objected to this processing"
    - id: userDirected
      description: "the person directed this share (for example, sent a chat message)"
    - id: contractInForce
      description: "a contract with the person is in force and this processing is necessary for it"
    - id: contractRequested
      description: "the person asked for steps before a contract is entered into, and this processing is necessary for them"
    - id: processorContract
      description: "a written contract limits the recipient to processing on our behalf (processing agreement, entrustment contract)"
    - id: requiredByLaw
      description: "a law requires this disclosure"
    - id: permittedByLaw
      description: "a law permits this disclosure"
    - id: courtOrder
      description: "a valid court order or warrant covers this disclosure"
    - id: emergency
      description: "an emergency threatens someone's life, health or security"
    - id: userNotified
      description: "the person was notified in advance"
    - id: businessTransaction
      description: "a merger, acquisition, financing due diligence, reorganisation, bankruptcy, receivership, asset sale or transition of service is under way"
    - id: transferSafeguards
      description: "an adequacy decision, standard contractual clauses or an equivalent safeguard covers the transfer"
    - id: containsHealthData
      description: "the data includes health information (sensitive in every jurisdiction)"
    - id: retentionExpired
      description: "the retention period of the data has ended"
    - id: legallyMandatedRetention
      description: "a law requires the data to be kept"
    - id: legalHold
      description: "a legal hold covers the data"
    # Facts only the jurisdictions need.
    - id: consentNoticeGiven
      description: "before consenting, the person was told what the law requires for this consent (KR: the recipient, its purpose, the items, its retention and the right to refuse, PIPA Art. 17(2), 23(1)1, 24(1)1; for a transfer abroad also the country, timing and method, the recipient's name and contact and how to refuse, Art. 28-8(2); JP: the country, its system and the recipient's measures, APPI Art. 28(2); ID: the Art. 21(1) information; EU: the possible risks of a transfer without adequacy or safeguards, GDPR Art. 49(1)(a))"
    - id: entrusteeDisclosed
      description: "the entrusted work and the entrustee (processor) are published where the person can check them at any time (PIPA Art. 26(2))"
    - id: optionalItem
      description: "the item is optional: not needed for the service the person asked for (PIPA Art. 16(3), 22)"
    - id: uniqueIdentifyingInformation
      description: "the data includes a resident registration, passport, driver's licence or alien registration number (PIPA Art. 24, Decree Art. 19); not an app, device or advertising identifier"
    - id: residentRegistrationNumber
      description: "the data includes a Korean resident registration number (PIPA Art. 24-2)"
    - id: overseasTransferDisclosed
      description: "the items, country, timing, method and recipient of the transfer abroad are in the privacy policy or were sent to the person by email or the like (PIPA Art. 28-8(1)3)"
    - id: recipientCertified
      description: "the recipient abroad holds the certification the PIPC recognises (PIPA Art. 28-8(1)4)"
    - id: businessSuccession
      description: "the business itself, in whole or in part, passes to the recipient by a transfer or merger (PIPA Art. 27, APPI Art. 27(5)(ii)); not an investor's or lender's due diligence"
    - id: receivedAsEntrustee
      description: "the organisation receives the data as an entrustee, successor or joint user of the business that acquired it (APPI Art. 20(2)(viii), Cabinet Order Art. 9)"
    - id: consentWithdrawn
      description: "the person withdrew the consent this processing rested on (UU PDP Art. 40)"
    - id: jointUse
      description: "the data is jointly used, and the items, the joint users, the purpose and the person responsible were notified or made available in advance (APPI Art. 27(5)(iii))"
    - id: recipientEquivalentSystem
      description: "the recipient abroad has a system meeting APPI standards, by contract or an international framework (APPI Art. 28(1), Enforcement Rules Art. 16)"
    - id: specialCategoryException
      description: "a GDPR Art. 9(2) condition other than explicit consent applies (for example health care by a professional under secrecy, 9(2)(h) and 9(3), or legal claims, 9(2)(f))"
    - id: foreignAuthority
      description: "the order or requirement comes from a court or authority of a country outside the jurisdiction"
    - id: internationalAgreement
      description: "an international agreement in force (a mutual legal assistance treaty) covers the foreign order (GDPR Art. 48)"
    - id: protectedHealthInformation
      description: "the data is protected health information the organisation holds as a business associate of a HIPAA covered entity"
    - id: businessAssociateAgreement
      description: "a business associate agreement with the covered entity permits this use or disclosure (45 CFR 164.502(a)(3), 164.504(e))"
    - id: subcontractorAgreement
      description: "a business associate agreement binds the subcontractor who receives the PHI (45 CFR 164.502(e)(1)(ii))"
    - id: hipaaAuthorization
      description: "the individual signed a HIPAA authorization for this use or disclosure (45 CFR 164.508)"
  obligations:
    - id: minimizeData
      description: "share or use no more than the purpose needs"
    - id: limitUseToContract
      description: "bind the recipient by contract to use the data only for the service"
    - id: recordProvision
      description: "keep a record of this provision to a third party"
    - id: encryptIdentifiers
      description: "encrypt unique identifiers at rest and in transit"
    - id: segregateRetainedData
      description: "keep the retained data apart from live data and use it for nothing else"
    - id: honorObjection
      description: "stop the processing the person objected to"
    - id: protectSensitiveData
      description: "take the safety measures the law requires so that sensitive information is not lost, stolen, leaked, altered or damaged (PIPA Art. 23(2))"
    - id: assessImpact
      description: "carry out a data protection impact assessment before processing (UU PDP Art. 34)"
    - id: notifyUserAfterTransfer
      description: "notify the person after the transfer too (UU PDP Art. 48(1))"
    - id: accountForDisclosure
      description: "enter the disclosure in the accounting of disclosures the individual may ask for, kept 6 years (45 CFR 164.528)"
    - id: limitToLegalRequirement
      description: "disclose only what the law's requirement covers (45 CFR 164.512(a)(1))"
"""#
