/// Indonesia's Personal Data Protection Law as a rule pack (`custodian:pack/ID`).
extension BuiltInPolicy {
    /// The UU PDP rule pack.
    public static let indonesiaPack = BuiltInPolicy(name: "pack-id.yaml", text: indonesiaPackText)
}

private let indonesiaPackText = #"""
# Indonesia's Law No. 27 of 2022 on Personal Data Protection (Undang-Undang Pelindungan Data
# Pribadi, UU PDP) as a Custodian rule pack. It forbids what UU PDP does not allow and adds its
# obligations; it never allows anything by itself. Quotes are the Law's words (official text,
# checked on 2026-12-03).
schema: custodian.policy/1
id: pack-id
title: "Indonesia: Personal Data Protection Law (UU PDP 27/2022)"
revision: 1
effective: "2024-10-17"
source: "https://www.jdihn.go.id/files/2098/2022uu027.pdf"
imports: ["custodian:jurisdictions"]
pack:
  jurisdiction: ID
  law: "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi (fully in force 17 October 2024); its implementing regulation and the supervisory agency were not in force as of 2026"
  unmodelled:
    - "Art. 20(2)(d): vital interests of the data subject only (another person's vital interests need another basis); the pack accepts an emergency for vitalInterests without knowing whose"
    - "Art. 20(2)(f): the balancing of legitimate interests (accepted as a basis as stated)"
    - "Art. 25: children's and disabled persons' data (a parent's or guardian's consent)"
    - "Art. 34(2)(a), (c) to (g): the other occasions for an impact assessment (automated decisions, large scale, matching, new technology)"
    - "Art. 43 to 45: deletion and destruction (no time limit in the Law; the implementing regulation sets it)"
    - "Art. 53 to 54: the data protection officer"
    - "Art. 56: which countries give equal or higher protection (no list exists yet): stated per transfer by transferSafeguards"
controller:
  id: controller
  name: "the organisation whose policy this pack is combined with (Pengendali Data Pribadi)"
  clause: "UU PDP Art. 1(4)"
recipients:
  - id: user
    description: "the person the data is about (Subjek Data Pribadi)"
    clause: "UU PDP Art. 1(6)"
  - id: successor
    description: "the legal entity resulting from a merger, split, acquisition or consolidation"
    clause: "UU PDP Art. 48"
purposes: []

rules:
  # ------------------------------------------------ Art. 20: a basis for every processing
  - id: id.basis.required
    effect: forbid
    clause: "UU PDP Art. 20(1)"
    quote: "Pengendali Data Pribadi wajib memiliki dasar pemrosesan Data Pribadi."
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    when:
      none: [legalBasisStated]
    note: "Every processing needs one of the six bases of Art. 20(2); a request that names none is denied. Destruction is left to the policy."

  - id: id.basis.consent
    effect: forbid
    clause: "UU PDP Art. 20(2)(a)"
    quote: "persetujuan yang sah secara eksplisit dari Subjek Data Pribadi untuk 1 (satu) atau beberapa tujuan tertentu"
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    legalBases: [consent]
    when:
      none: [purposeConsented]
    note: "Consent is a basis only for the specific purposes it was given for."

  - id: id.consent.distinguishable
    effect: forbid
    clause: "UU PDP Art. 22(4), 22(5)"
    quote: "harus dapat dibedakan secara jelas dengan hal lainnya ... batal demi hukum"
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    legalBases: [consent]
    when:
      all: [consentBundled]
    note: "A consent request that also covers other matters and is not clearly distinguishable from them is void by law (batal demi hukum), as is a consent clause in a contract without explicit consent (Art. 23)."

  - id: id.consent.informed
    effect: forbid
    clause: "UU PDP Art. 21(1)"
    quote: "Dalam hal pemrosesan Data Pribadi berdasarkan persetujuan ... Pengendali Data Pribadi wajib menyampaikan Informasi mengenai"
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    legalBases: [consent]
    when:
      none: [consentNoticeGiven]
    note: "Before processing on consent the person is told the legality and purpose of the processing, the kind and relevance of the data, its retention, the details of the information collected, the period of processing and their rights."

  - id: id.withdrawal.stop
    effect: forbid
    clause: "UU PDP Art. 40(1)"
    quote: "Pengendali Data Pribadi wajib menghentikan pemrosesan Data Pribadi dalam hal Subjek Data Pribadi menarik kembali persetujuan pemrosesan Data Pribadi."
    actions: [collect, use, share, disclose]
    recipients: any
    purposes: any
    categories: any
    when:
      all: [consentWithdrawn]
      none: [requiredByLaw, courtOrder]
    note: "Processing stops within 3×24 hours of the withdrawal (Art. 40(2): LegalDeadline); no other basis is substituted for the withdrawn consent (protective reading). Retention a law requires and destruction stay allowed."

  - id: id.basis.contract
    effect: forbid
    clause: "UU PDP Art. 20(2)(b)"
    quote: "pemenuhan kewajiban perjanjian dalam hal Subjek Data Pribadi merupakan salah satu pihak atau untuk memenuhi permintaan Subjek Data Pribadi pada saat akan melakukan perjanjian"
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    legalBases: [contract]
    when:
      none: [contractInForce, contractRequested]

  - id: id.basis.legalObligation
    effect: forbid
    clause: "UU PDP Art. 20(2)(c)"
    quote: "pemenuhan kewajiban hukum dari Pengendali Data Pribadi sesuai dengan ketentuan peraturan perundang-undangan"
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    legalBases: [legalObligation]
    when:
      none: [requiredByLaw, courtOrder, legallyMandatedRetention]

  - id: id.basis.vitalInterests
    effect: forbid
    clause: "UU PDP Art. 20(2)(d)"
    quote: "pemenuhan pelindungan kepentingan vital Subjek Data Pribadi"
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    legalBases: [vitalInterests]
    when:
      none: [emergency]

  - id: id.basis.publicTask
    effect: forbid
    clause: "UU PDP Art. 20(2)(e)"
    quote: "pelaksanaan tugas dalam rangka kepentingan umum, pelayanan publik, atau pelaksanaan kewenangan Pengendali Data Pribadi berdasarkan peraturan perundang-undangan"
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    legalBases: [publicTask]
    when:
      none: [requiredByLaw, permittedByLaw]

  # ------------------------------------------------ Art. 34: specific personal data
  - id: id.specificData.impactAssessment
    effect: obligate
    clause: "UU PDP Art. 34(2)(b)"
    quote: "pemrosesan atas Data Pribadi yang bersifat spesifik"
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    when:
      all: [containsHealthData]
    obligations: [assessImpact]
    note: "Health data is specific personal data (Art. 4(2)(a)); processing it needs a data protection impact assessment."

  # ------------------------------------------------ Art. 48: mergers and acquisitions
  - id: id.businessTransfer.before
    effect: forbid
    clause: "UU PDP Art. 48(1)"
    quote: "wajib menyampaikan pemberitahuan pengalihan Data Pribadi kepada Subjek Data Pribadi ... sebelum dan sesudah"
    actions: [share, disclose]
    recipients: [successor]
    purposes: any
    categories: any
    when:
      all: [businessTransaction]
      none: [userNotified]

  - id: id.businessTransfer.after
    effect: obligate
    clause: "UU PDP Art. 48(1)"
    quote: "sebelum dan sesudah melakukan penggabungan, pemisahan, pengambilalihan, peleburan, atau pembubaran badan hukum"
    actions: [share, disclose]
    recipients: [successor]
    purposes: any
    categories: any
    when:
      all: [businessTransaction]
    obligations: [notifyUserAfterTransfer]

  # ------------------------------------------------ Art. 56: transfer outside Indonesia
  - id: id.transfer.abroad
    effect: forbid
    clause: "UU PDP Art. 56(2) to 56(4)"
    quote: "setara atau lebih tinggi ... memadai dan bersifat mengikat ... wajib mendapatkan persetujuan Subjek Data Pribadi"
    actions: [share, disclose, retain]
    recipients: {except: [user]}
    purposes: any
    categories: any
    when:
      all: [destinationAbroad]
      none: [transferSafeguards, separateConsent.overseasTransfer, userDirected]
    note: "A message the person directs to another user abroad is the person's own, not a transfer by the controller. In order: a country with equal or higher protection, else adequate and binding safeguards (both stated by transferSafeguards: no country list exists yet), else the person's consent."
"""#
