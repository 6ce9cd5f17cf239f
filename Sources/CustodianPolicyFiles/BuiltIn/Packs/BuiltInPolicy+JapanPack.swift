/// Japan's Act on the Protection of Personal Information as a rule pack (`custodian:pack/JP`).
extension BuiltInPolicy {
    /// The APPI rule pack.
    public static let japanPack = BuiltInPolicy(name: "pack-jp.yaml", text: japanPackText)
}

private let japanPackText = #"""
# Japan's Act on the Protection of Personal Information (個人情報の保護に関する法律, APPI) as a
# Custodian rule pack. It forbids what APPI does not allow and adds APPI's obligations; it never
# allows anything by itself. Quotes are the Act's words (e-Gov, text checked on 2026-12-03).
schema: custodian.policy/1
id: pack-jp
title: "Japan: Act on the Protection of Personal Information (APPI)"
revision: 1
effective: "2022-04-01"
source: "https://laws.e-gov.go.jp/law/415AC0000000057"
imports: ["custodian:jurisdictions"]
pack:
  jurisdiction: JP
  law: "個人情報の保護に関する法律 (Act on the Protection of Personal Information), as amended 2020 and 2021 (in force 1 April 2022), with the PPC Enforcement Rules"
  unmodelled:
    - "Art. 17 to 21: specifying, publishing and notifying purposes (the policy's own rules decide purposes; the Japanese text of the Hero policy omits some purposes, which only the policy can fix)"
    - "Art. 27(2): provision by opt-out (not used; never available for special-care information)"
    - "Art. 27(1)(iii) to (vii): public health, children, state cooperation, academic research exceptions"
    - "Art. 29(2) and Enforcement Rules Art. 21: how long provision records are kept (1 or 3 years; not verified)"
    - "Art. 30: confirming what a provider of data tells the recipient; Art. 31: personally referable information (cookie identifiers a recipient will link to a person)"
    - "Art. 23 to 25: security control measures and supervision of employees and entrustees"
controller:
  id: controller
  name: "the organisation whose policy this pack is combined with"
  clause: "APPI Art. 16(2) (個人情報取扱事業者)"
recipients:
  - id: controller
    description: "the organisation itself"
    clause: "APPI Art. 16(2)"
  - id: user
    description: "the person the information is about"
    clause: "APPI Art. 2(4)"
purposes: []

rules:
  # ------------------------------------------------ Art. 27: provision to a third party
  - id: jp.provision.consent
    effect: forbid
    clause: "APPI Art. 27(1)"
    quote: "個人情報取扱事業者は、次に掲げる場合を除くほか、あらかじめ本人の同意を得ないで、個人データを第三者に提供してはならない。"
    actions: [share, disclose]
    recipients: {except: [controller, user]}
    purposes: any
    categories: any
    when:
      none: [separateConsent.thirdPartyProvision, processorContract, jointUse, businessSuccession, userDirected, requiredByLaw, permittedByLaw, courtOrder, emergency]
    note: "Prior consent to the provision, unless an Art. 27(1) exception (based on laws, which a warrant or a Code of Criminal Procedure Art. 197(2) inquiry is: permittedByLaw; life, body or property where consent is hard to get: emergency) or Art. 27(5): entrustment within the purpose (processorContract), business succession by merger or otherwise (businessSuccession; an investor's due diligence is not one) or joint use. A contract with the person is not consent to provision. A share the person directs is the person's own provision."

  - id: jp.provision.record
    effect: obligate
    clause: "APPI Art. 29(1)"
    quote: "個人データを第三者に提供したときは、個人情報保護委員会規則で定めるところにより、当該個人データを提供した年月日、当該第三者の氏名又は名称その他の個人情報保護委員会規則で定める事項に関する記録を作成しなければならない"
    actions: [share, disclose]
    recipients: {except: [controller, user]}
    purposes: any
    categories: any
    when:
      all: [separateConsent.thirdPartyProvision]
      none: [processorContract, jointUse, businessSuccession, userDirected, requiredByLaw, permittedByLaw, courtOrder, emergency]
    obligations: [recordProvision]
    note: "A provision on consent creates a provision record (recipient, person, items, consent); none is needed where an Art. 27(1) exception or Art. 27(5) applies."

  # ------------------------------------------------ Art. 28: third parties abroad
  - id: jp.foreign.consent
    effect: forbid
    clause: "APPI Art. 28(1)"
    quote: "あらかじめ外国にある第三者への提供を認める旨の本人の同意を得なければならない。この場合においては、同条の規定は、適用しない。"
    actions: [share, disclose]
    recipients: {except: [controller, user]}
    purposes: any
    categories: any
    when:
      all: [destinationAbroad]
      none: [separateConsent.overseasTransfer, destinationAdequate, recipientEquivalentSystem, requiredByLaw, permittedByLaw, courtOrder, emergency, userDirected]
    note: "A recipient abroad needs the person's prior consent to provision to a foreign third party, unless the country is designated (the EEA and the United Kingdom: destinationAdequate) or the recipient has a system meeting APPI standards (recipientEquivalentSystem). Where Art. 28(1) applies Art. 27 does not, so the entrustment (processorContract), succession and joint-use exemptions do not reach a foreign recipient. Storage on a cloud whose provider does not handle the data is not provision (PPC Q&A 7-53), so retention is not covered."

  - id: jp.foreign.information
    effect: forbid
    clause: "APPI Art. 28(2)"
    quote: "当該外国における個人情報の保護に関する制度、当該第三者が講ずる個人情報の保護のための措置その他当該本人に参考となるべき情報を当該本人に提供しなければならない"
    actions: [share, disclose]
    recipients: {except: [controller, user]}
    purposes: any
    categories: any
    when:
      all: [destinationAbroad, separateConsent.overseasTransfer]
      none: [consentNoticeGiven, destinationAdequate, recipientEquivalentSystem, requiredByLaw, permittedByLaw, courtOrder, emergency, userDirected]
    note: "The consent counts only when the person was first told the country, its system for protecting personal information and the recipient's measures (Enforcement Rules Art. 17)."

  - id: jp.foreign.record
    effect: obligate
    clause: "APPI Art. 29(1)"
    quote: "第二十八条第一項の規定による提供にあっては、第二十七条第一項各号のいずれかに該当する場合を除く"
    actions: [share, disclose]
    recipients: {except: [controller, user]}
    purposes: any
    categories: any
    when:
      all: [destinationAbroad]
      none: [destinationAdequate, recipientEquivalentSystem, requiredByLaw, permittedByLaw, courtOrder, emergency, userDirected]
    obligations: [recordProvision]
    note: "Provision to a foreign third party under Art. 28(1) is recorded, entrustees included; only the Art. 27(1) exceptions exempt."

  # ------------------------------------------------ Art. 20(2): special-care information
  - id: jp.specialCare.acquisition
    effect: forbid
    clause: "APPI Art. 20(2)"
    quote: "あらかじめ本人の同意を得ないで、要配慮個人情報を取得してはならない"
    actions: [collect]
    recipients: any
    purposes: any
    categories: any
    when:
      all: [containsHealthData]
      none: [separateConsent.sensitiveData, receivedAsEntrustee, requiredByLaw, permittedByLaw, courtOrder, emergency]
    note: "Data received as the entrustee, successor or joint user of the business that acquired it is exempt (Art. 20(2)(viii), Cabinet Order Art. 9: receivedAsEntrustee), as a healthcare provider's patient data entrusted to the platform may be. Medical history, diagnoses, treatment and prescriptions are special-care-required information (Art. 2(3), Cabinet Order Art. 2). Acquiring them needs the person's prior consent (separateConsent.sensitiveData), unless based on laws or needed for life, body or property where consent is hard to get. A chat that carries patient details is acquired only so."
"""#
