/// The EU General Data Protection Regulation as a rule pack (`custodian:pack/EU`).
extension BuiltInPolicy {
    /// The GDPR rule pack.
    public static let europePack = BuiltInPolicy(name: "pack-eu.yaml", text: europePackText)
}

private let europePackText = #"""
# Regulation (EU) 2016/679, the General Data Protection Regulation (GDPR), as a Custodian rule
# pack for the European Economic Area. It forbids what the GDPR does not allow and adds its
# obligations; it never allows anything by itself. Quotes are the Regulation's words (EUR-Lex,
# checked on 2026-12-03).
schema: custodian.policy/1
id: pack-eu
title: "European Union: General Data Protection Regulation (GDPR)"
revision: 1
effective: "2018-05-25"
source: "https://eur-lex.europa.eu/eli/reg/2016/679/oj"
imports: ["custodian:jurisdictions"]
pack:
  jurisdiction: EU
  law: "Regulation (EU) 2016/679 (General Data Protection Regulation), applying in the EEA; adequacy decisions as of 2026 (Brazil included, Decision (EU) 2026/179)"
  unmodelled:
    - "Art. 5(1)(b) and 6(4): whether a further purpose is compatible with the original one (the policy's purposes decide)"
    - "Art. 6(1)(f): the balancing test of legitimate interests (the basis is accepted as stated, with the right to object)"
    - "Art. 8: a child's consent to information society services"
    - "Art. 9(2)(c): vital interests only where the person cannot consent (state it by specialCategoryException)"
    - "Art. 9 for special categories other than health (biometric data for identification, genetic data, racial or ethnic origin, political opinions, religious or philosophical beliefs, trade union membership, sex life or orientation): the vocabulary states health data only (containsHealthData)"
    - "Art. 45 adequacy with a partial scope: Canada's covers commercial organisations under PIPEDA only, yet CA counts as adequate here; the United States' covers Data Privacy Framework participants only and is stated per recipient (transferSafeguards)"
    - "Art. 10: criminal convictions and offences"
    - "Art. 22: automated individual decisions"
    - "Art. 28(2) and (4): sub-processors; Art. 30 records of processing; Art. 35 impact assessments; Art. 37 the data protection officer"
    - "Art. 49(1)(b) to (g): the other derogations for specific transfers; Art. 47 binding corporate rules are stated by transferSafeguards"
    - "Member-state law under Art. 6(2), 9(4), 23, 85 to 91"
controller:
  id: controller
  name: "the organisation whose policy this pack is combined with"
  clause: "GDPR Art. 4(7)"
recipients:
  - id: user
    description: "the data subject"
    clause: "GDPR Art. 4(1)"
purposes:
  - id: marketing
    description: "direct marketing"
    clause: "GDPR Art. 21(2)"
  - id: advertising
    description: "direct marketing by advertising"
    clause: "GDPR Art. 21(2)"

rules:
  # ------------------------------------------------ Art. 6: lawfulness
  - id: eu.basis.required
    effect: forbid
    clause: "GDPR Art. 6(1)"
    quote: "Processing shall be lawful only if and to the extent that at least one of the following applies"
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    when:
      none: [legalBasisStated]
    note: "A request names the basis it relies on (legalBasis); one that names none is denied. Destruction is left to the policy (erasure is what Art. 17 asks for)."

  - id: eu.basis.consent
    effect: forbid
    clause: "GDPR Art. 6(1)(a)"
    quote: "the data subject has given consent to the processing of his or her personal data for one or more specific purposes"
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    legalBases: [consent]
    when:
      none: [purposeConsented]

  - id: eu.consent.distinguishable
    effect: forbid
    clause: "GDPR Art. 7(2)"
    quote: "the request for consent shall be presented in a manner which is clearly distinguishable from the other matters ... Any part of such a declaration which constitutes an infringement of this Regulation shall not be binding."
    note: "A consent bundled with the terms of service is not given on its own; Art. 7(4) (consent as a condition of the contract) points the same way."
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    legalBases: [consent]
    when:
      all: [consentBundled]

  - id: eu.basis.contract
    effect: forbid
    clause: "GDPR Art. 6(1)(b)"
    quote: "processing is necessary for the performance of a contract to which the data subject is party or in order to take steps at the request of the data subject prior to entering into a contract"
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    legalBases: [contract]
    when:
      none: [contractInForce, contractRequested]

  - id: eu.basis.legalObligation
    effect: forbid
    clause: "GDPR Art. 6(1)(c), 6(3)"
    quote: "processing is necessary for compliance with a legal obligation to which the controller is subject"
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    legalBases: [legalObligation]
    when:
      none: [requiredByLaw, courtOrder, legallyMandatedRetention]
    note: "The obligation is laid down by Union or Member State law (Art. 6(3)); a third country's order is not one (Art. 48, rule eu.transfer.foreignOrder)."

  - id: eu.basis.vitalInterests
    effect: forbid
    clause: "GDPR Art. 6(1)(d)"
    quote: "processing is necessary in order to protect the vital interests of the data subject or of another natural person"
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    legalBases: [vitalInterests]
    when:
      none: [emergency]

  - id: eu.basis.publicTask
    effect: forbid
    clause: "GDPR Art. 6(1)(e), 6(3)"
    quote: "processing is necessary for the performance of a task carried out in the public interest or in the exercise of official authority vested in the controller"
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    legalBases: [publicTask]
    when:
      none: [requiredByLaw, permittedByLaw]

  # ------------------------------------------------ Art. 21: the right to object
  - id: eu.objection.stop
    effect: forbid
    clause: "GDPR Art. 21(1)"
    quote: "The controller shall no longer process the personal data unless the controller demonstrates compelling legitimate grounds for the processing which override the interests, rights and freedoms of the data subject or for the establishment, exercise or defence of legal claims."
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    legalBases: [legitimateInterests, publicTask]
    when:
      all: [objection]
      none: [legalHold]
    note: "Once the person objects, processing on legitimate interests or a public task stops; compelling grounds are not presumed (protective reading), but data under a legal hold (the establishment, exercise or defence of legal claims) is kept."

  - id: eu.objection.honor
    effect: obligate
    clause: "GDPR Art. 21(1), 21(4)"
    quote: "The data subject shall have the right to object ... at any time to processing of personal data concerning him or her which is based on point (e) or (f) of Article 6(1) ... At the latest at the time of the first communication with the data subject, the right referred to in paragraphs 1 and 2 shall be explicitly brought to the attention of the data subject"
    note: "Every processing on legitimate interests or a public task carries the right to object: the obligation is to tell the person of it and to stop once they object (rule eu.objection.stop)."
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    legalBases: [legitimateInterests, publicTask]
    obligations: [honorObjection]

  - id: eu.objection.marketing
    effect: forbid
    clause: "GDPR Art. 21(3)"
    quote: "Where the data subject objects to processing for direct marketing purposes, the personal data shall no longer be processed for such purposes."
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: [marketing, advertising]
    categories: any
    when:
      all: [objection]

  # ------------------------------------------------ Art. 9: special categories
  - id: eu.specialCategory.condition
    effect: forbid
    clause: "GDPR Art. 9(1), 9(2)"
    quote: "Processing of ... data concerning health ... shall be prohibited. Paragraph 1 shall not apply if ... the data subject has given explicit consent"
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    when:
      all: [containsHealthData]
      none: [separateConsent.sensitiveData, specialCategoryException, requiredByLaw, courtOrder, legallyMandatedRetention, legalHold]
    note: "Health data needs an Art. 9(2) condition besides an Art. 6 basis: explicit consent (separateConsent.sensitiveData); a court acting in its judicial capacity or legal claims (9(2)(f): courtOrder, legalHold); Union or Member State law (9(2)(g) to (j) with 9(4): requiredByLaw, legallyMandatedRetention); or another condition the caller establishes (specialCategoryException: health care under professional secrecy, vital interests of a person unable to consent)."

  # ------------------------------------------------ Chapter V: transfers
  - id: eu.transfer.chapterV
    effect: forbid
    clause: "GDPR Art. 44, 45, 46, 49(1)(a)"
    quote: "Any transfer of personal data ... to a third country ... shall take place only if ... the conditions laid down in this Chapter are complied with by the controller and processor"
    actions: [share, disclose, retain]
    recipients: {except: [user]}
    purposes: any
    categories: any
    when:
      all: [destinationAbroad]
      none: [destinationAdequate, transferSafeguards, separateConsent.overseasTransfer, userDirected]
    note: "A message the person directs to another user is the person's own communication, not a transfer by the controller to a recipient controller or processor (EDPB Guidelines 05/2021). Outside the EEA a transfer needs an adequacy decision (Art. 45: destinationAdequate), appropriate safeguards such as standard contractual clauses or binding corporate rules (Art. 46, 47: transferSafeguards; a Data Privacy Framework certification of a US recipient too), or the person's explicit consent after being told the risks (Art. 49(1)(a))."

  - id: eu.transfer.consentInformed
    effect: forbid
    clause: "GDPR Art. 49(1)(a)"
    quote: "the data subject has explicitly consented to the proposed transfer, after having been informed of the possible risks of such transfers for the data subject due to the absence of an adequacy decision and appropriate safeguards"
    actions: [share, disclose, retain]
    recipients: {except: [user]}
    purposes: any
    categories: any
    when:
      all: [destinationAbroad, separateConsent.overseasTransfer]
      none: [consentNoticeGiven, destinationAdequate, transferSafeguards, userDirected]

  - id: eu.transfer.foreignOrder
    effect: forbid
    clause: "GDPR Art. 48"
    quote: "Any judgment of a court or tribunal and any decision of an administrative authority of a third country requiring a controller or processor to transfer or disclose personal data may only be recognised or enforceable in any manner if based on an international agreement"
    actions: [share, disclose]
    recipients: any
    purposes: any
    categories: any
    when:
      all: [foreignAuthority]
      none: [internationalAgreement]
    note: "A foreign court order or authority's requirement is not by itself a legal obligation: it needs an international agreement such as a mutual legal assistance treaty (EDPB Guidelines 02/2024)."
"""#
