/// HIPAA, for protected health information held as a business associate, as a rule pack
/// (`custodian:pack/US`).
extension BuiltInPolicy {
    /// The United States (HIPAA) rule pack.
    public static let unitedStatesPack = BuiltInPolicy(name: "pack-us.yaml", text: unitedStatesPackText)
}

private let unitedStatesPackText = #"""
# United States: the HIPAA Privacy and Breach Notification Rules (45 CFR Parts 160 and 164) as a
# Custodian rule pack, for protected health information (PHI) the organisation holds as a
# business associate of a covered entity (Need Inc. for the healthcare providers on its platform).
# Its rules apply only where protectedHealthInformation holds; a person's own account data is not
# PHI. It forbids what HIPAA does not allow and adds its obligations; it never allows anything by
# itself. Quotes are the regulation's words (eCFR, checked on 2026-12-03).
schema: custodian.policy/1
id: pack-us
title: "United States: HIPAA (protected health information, as a business associate)"
revision: 1
effective: "2013-09-23"
source: "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164"
imports: ["custodian:jurisdictions"]
pack:
  jurisdiction: US
  law: "HIPAA Privacy, Security and Breach Notification Rules, 45 CFR Parts 160 and 164, for PHI held as a business associate (Omnibus Rule, in force 23 September 2013)"
  unmodelled:
    - "State privacy laws (CCPA/CPRA, Washington My Health My Data Act, Texas, Illinois BIPA and others): not modelled"
    - "FTC Act Section 5 and the FTC Health Breach Notification Rule for health data outside HIPAA"
    - "42 CFR Part 2 (substance use disorder records)"
    - "164.506 treatment, payment and health care operations as the covered entity decides them: the business associate agreement states what is permitted (businessAssociateAgreement)"
    - "164.510 and 164.512(b) to (l) in detail: which conditions each 164.512 disclosure has (the pack requires the policy's grounds and adds the accounting)"
    - "164.514 de-identification and limited data sets; 164.508(a)(4) sale of PHI apart from marketing"
    - "The Security Rule (164.302 to 164.318), including encryption, which is addressable"
controller:
  id: controller
  name: "the business associate whose policy this pack is combined with"
  clause: "45 CFR 160.103 (business associate)"
recipients:
  - id: controller
    description: "the business associate itself"
    clause: "45 CFR 160.103"
  - id: user
    description: "the individual"
    clause: "45 CFR 160.103"
  - id: serviceProvider
    description: "a subcontractor that creates, receives, maintains or transmits PHI on the business associate's behalf"
    clause: "45 CFR 160.103 (subcontractor)"
purposes:
  - id: marketing
    description: "marketing"
    clause: "45 CFR 164.501"
  - id: advertising
    description: "marketing by advertising"
    clause: "45 CFR 164.501"

rules:
  - id: us.phi.businessAssociateAgreement
    effect: forbid
    clause: "45 CFR 164.502(a)(3)"
    quote: "A business associate may use or disclose protected health information only as permitted or required by its business associate contract or other arrangement"
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    when:
      all: [protectedHealthInformation]
      none: [businessAssociateAgreement, requiredByLaw, courtOrder]
    note: "A business associate agreement with the covered entity must permit the use or disclosure; a disclosure required by law (a court order included, 164.103) is permitted anyway (164.502(a)(3) with 164.504(e)(2)(ii)(A), 164.512(a))."

  - id: us.phi.subcontractor
    effect: forbid
    clause: "45 CFR 164.502(e)(1)(ii)"
    quote: "A business associate may disclose protected health information to a business associate that is a subcontractor ... if the business associate obtains satisfactory assurances, in accordance with § 164.504(e)(1)(i)"
    actions: [share, disclose, retain]
    recipients: [serviceProvider]
    purposes: any
    categories: any
    when:
      all: [protectedHealthInformation]
      none: [subcontractorAgreement]
    note: "A processing contract (processorContract) is not enough: the subcontractor must sign a business associate agreement."

  - id: us.phi.marketing
    effect: forbid
    clause: "45 CFR 164.508(a)(3)"
    quote: "a covered entity must obtain an authorization for any use or disclosure of protected health information for marketing"
    actions: [use, share, disclose]
    recipients: any
    purposes: [marketing, advertising]
    categories: any
    when:
      all: [protectedHealthInformation]
      none: [hipaaAuthorization]
    note: "A consent to marketing is not an authorization (164.508(c): core elements, signed). Face-to-face communications and promotional gifts of nominal value are not modelled."

  - id: us.phi.accounting
    effect: obligate
    clause: "45 CFR 164.528(a)"
    quote: "An individual has a right to receive an accounting of disclosures of protected health information made by a covered entity in the six years prior to the date on which the accounting is requested"
    actions: [share, disclose]
    recipients: {except: [controller, user, serviceProvider]}
    purposes: any
    categories: any
    when:
      all: [protectedHealthInformation]
      any: [requiredByLaw, permittedByLaw, courtOrder, emergency]
    obligations: [accountForDisclosure]
    note: "Disclosures under 164.512 (required by law, judicial and law-enforcement, serious threats) enter the accounting; those to the individual, under an authorization and for treatment, payment and operations do not (164.528(a)(1))."

  - id: us.phi.minimumNecessary
    effect: obligate
    clause: "45 CFR 164.502(b)"
    quote: "a covered entity or business associate must make reasonable efforts to limit protected health information to the minimum necessary to accomplish the intended purpose of the use, disclosure, or request"
    actions: [collect, use, share, disclose]
    recipients: {except: [user]}
    purposes: any
    categories: any
    when:
      all: [protectedHealthInformation]
      none: [requiredByLaw, hipaaAuthorization]
    obligations: [minimizeData]
    note: "Not for disclosures to the individual, under an authorization, or required by law (164.502(b)(2)(ii), (iii), (v)); disclosures for treatment are excepted too (164.502(b)(2)(i)), which the pack cannot tell apart, so it keeps the obligation (protective)."

  - id: us.phi.requiredByLaw
    effect: obligate
    clause: "45 CFR 164.512(a)(1)"
    quote: "the use or disclosure complies with and is limited to the relevant requirements of such law"
    actions: [share, disclose]
    recipients: any
    purposes: any
    categories: any
    when:
      all: [protectedHealthInformation]
      any: [requiredByLaw, courtOrder]
    obligations: [limitToLegalRequirement]
"""#
