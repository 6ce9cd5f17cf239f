/// Korea's Personal Information Protection Act as a rule pack (`custodian:pack/KR`).
extension BuiltInPolicy {
    /// The PIPA rule pack.
    public static let koreaPack = BuiltInPolicy(name: "pack-kr.yaml", text: koreaPackText)
}

private let koreaPackText = #"""
# Korea's Personal Information Protection Act (개인정보 보호법, PIPA) as a Custodian rule pack.
# Combined with an organisation's policy, it forbids what PIPA does not allow and adds PIPA's
# obligations; it never allows anything by itself. Every rule cites its article; the quotes are
# the statute's words (law.go.kr, text in force as checked on 2026-12-03).
schema: custodian.policy/1
id: pack-kr
title: "Korea: Personal Information Protection Act (PIPA)"
revision: 1
effective: "2023-09-15"
source: "https://www.law.go.kr/법령/개인정보보호법"
imports: ["custodian:jurisdictions"]
pack:
  jurisdiction: KR
  law: "개인정보 보호법 (Personal Information Protection Act), as amended 14 March 2023 (in force 15 September 2023) and since, with its Enforcement Decree"
  unmodelled:
    - "Art. 15(1)6 (legitimate interests that clearly override) and Art. 15(3), 17(4) with Decree Art. 14-2 (further use or provision reasonably related to the original purpose): not accepted as grounds here (protective reading)"
    - "Art. 18(2) items 5 to 9: use or provision beyond the purpose by public bodies"
    - "Art. 22(5): refusing the service because the person withheld an optional consent (a matter of service design, not of one request)"
    - "Art. 22-2: children under 14 (the legal representative's consent)"
    - "Art. 26(4) supervision of the entrustee and Art. 26(6) re-entrustment"
    - "Art. 28-2 to 28-7: pseudonymised information"
    - "Art. 28-8(1)5: PIPC recognition of a country (no country is recorded as recognised)"
    - "Art. 29 and 30: safety measures and the privacy policy's contents in general; Art. 31 the privacy officer"
    - "Art. 35-2 transmission (portability) and Art. 37-2 automated decisions"
    - "Decree Art. 16: anonymisation where permanent deletion is technically very hard"
controller:
  id: controller
  name: "the organisation whose policy this pack is combined with"
  clause: "PIPA Art. 2(5) (개인정보처리자)"
recipients:
  - id: controller
    description: "the organisation itself"
    clause: "PIPA Art. 2(5)"
  - id: user
    description: "the person the information is about"
    clause: "PIPA Art. 2(3)"
purposes:
  - id: marketing
    description: "promoting goods or services or recommending their purchase"
    clause: "PIPA Art. 22(1)7"
  - id: advertising
    description: "advertising goods or services"
    clause: "PIPA Art. 22(1)7"

rules:
  # ------------------------------------------------ Art. 17: provision to a third party (제3자 제공)
  - id: kr.provision.ground
    effect: forbid
    clause: "PIPA Art. 17(1)"
    quote: "정보주체의 동의를 받은 경우 / 제15조제1항제2호, 제3호 및 제5호부터 제7호까지에 따라 개인정보를 수집한 목적 범위에서 개인정보를 제공하는 경우"
    actions: [share, disclose]
    recipients: {except: [controller, user]}
    purposes: any
    categories: any
    when:
      none: [separateConsent.thirdPartyProvision, processorContract, userDirected, businessSuccession, requiredByLaw, permittedByLaw, courtOrder, emergency]
    note: "Art. 17(1)2 refers to Art. 15(1) items 2, 3 and 5 to 7, not to item 4: a contract is never a ground for provision to a third party, so a share with a specialist on the contract alone is denied. A recipient bound by a written processing contract is an entrustee (Art. 26), not a third party; a share the person directs (a chat message) is the person's own. A court order or warrant is a 'special provision in law' (Art. 15(1)2), as is a law that specifically permits the provision; an emergency is Art. 15(1)5 (urgent life, body or property). A business that passes to its successor by a transfer or merger is Art. 27 (businessSuccession); an investor's due diligence is not, and needs this article."

  - id: kr.provision.notice
    effect: forbid
    clause: "PIPA Art. 17(2)"
    quote: "제공받는 자 / 제공받는 자의 개인정보 이용 목적 / 제공하는 개인정보의 항목 / 제공받는 자의 개인정보 보유 및 이용 기간 / 동의를 거부할 권리가 있다는 사실 및 동의 거부에 따른 불이익이 있는 경우에는 그 불이익의 내용"
    actions: [share, disclose]
    recipients: {except: [controller, user]}
    purposes: any
    categories: any
    when:
      all: [separateConsent.thirdPartyProvision]
      none: [consentNoticeGiven, processorContract, userDirected, businessSuccession, requiredByLaw, permittedByLaw, courtOrder, emergency]
    note: "A consent to provision counts only when it was asked after the person was told the recipient, its purpose, the items, its retention period and the right to refuse."

  # ------------------------------------------------ Art. 26: entrustment (처리위탁)
  - id: kr.entrustment.disclosed
    effect: forbid
    clause: "PIPA Art. 26(2)"
    quote: "위탁하는 업무의 내용과 개인정보 처리 업무를 위탁받아 처리하는 자를 정보주체가 언제든지 쉽게 확인할 수 있도록 대통령령으로 정하는 방법에 따라 공개하여야 한다"
    actions: [share, disclose, retain]
    recipients: {except: [controller, user]}
    purposes: any
    categories: any
    when:
      all: [processorContract]
      none: [entrusteeDisclosed]
    note: "Entrustment needs no consent, but a written contract (Art. 26(1): processorContract) and the entrustee and the entrusted work published where the person can check them at any time (Decree Art. 28(2): the website)."

  - id: kr.entrustment.contract
    effect: obligate
    clause: "PIPA Art. 26(1), 26(5)"
    quote: "위탁 업무 수행 목적 외 개인정보의 처리 금지에 관한 사항"
    actions: [share, disclose, retain]
    recipients: {except: [controller, user]}
    purposes: any
    categories: any
    when:
      all: [processorContract]
    obligations: [limitUseToContract]

  - id: kr.entrustment.marketingNotice
    effect: forbid
    clause: "PIPA Art. 26(3)"
    quote: "재화 또는 서비스를 홍보하거나 판매를 권유하는 업무를 위탁하는 경우에는 ... 위탁하는 업무의 내용과 수탁자를 정보주체에게 알려야 한다"
    actions: [share, disclose]
    recipients: {except: [controller, user]}
    purposes: [marketing, advertising]
    categories: any
    when:
      all: [processorContract]
      none: [userNotified]
    note: "Entrusting marketing work needs the person told of the work and the entrustee, not only the publication of Art. 26(2)."

  # ------------------------------------------------ Art. 16, 22: optional items
  - id: kr.optionalItem.consent
    effect: forbid
    clause: "PIPA Art. 16(2), Art. 22(1)"
    quote: "필요한 최소한의 정보 외의 개인정보 수집에는 동의하지 아니할 수 있다는 사실을 구체적으로 알리고 개인정보를 수집하여야 한다"
    actions: [collect, use]
    recipients: any
    purposes: any
    categories: any
    when:
      all: [optionalItem]
      none: [purposeConsented]
    note: "An item beyond the minimum the service needs is collected only with the person's consent to it, asked apart from the required items; the contract covers only what is necessary."

  - id: kr.optionalItem.separate
    effect: forbid
    clause: "PIPA Art. 22(1)"
    quote: "각각의 동의 사항을 구분하여 정보주체가 이를 명확하게 인지할 수 있도록 알리고 각각 동의를 받아야 한다"
    actions: [collect, use]
    recipients: any
    purposes: any
    categories: any
    when:
      all: [optionalItem, consentBundled]
    note: "A consent to optional items bundled with the terms or with the required items is not a consent to each matter."

  # ------------------------------------------------ Art. 23: sensitive information (민감정보)
  - id: kr.sensitive.ground
    effect: forbid
    clause: "PIPA Art. 23(1)"
    quote: "정보주체에게 ... 알리고 다른 개인정보의 처리에 대한 동의와 별도로 동의를 받은 경우 / 법령에서 민감정보의 처리를 요구하거나 허용하는 경우"
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    when:
      all: [containsHealthData]
      none: [separateConsent.sensitiveData, requiredByLaw, permittedByLaw, courtOrder, legallyMandatedRetention, legalHold]
    note: "Health information is sensitive information (Art. 23(1), Decree Art. 18). Only a consent separate from every other, or a law that requires or permits the processing (a warrant, a retention duty, a legal hold included), grounds it; neither a contract nor an emergency does (an emergency a statute such as the Emergency Medical Service Act provides for is permittedByLaw). Destruction stays allowed."

  - id: kr.sensitive.notice
    effect: forbid
    clause: "PIPA Art. 23(1)1"
    quote: "제15조제2항 각 호 또는 제17조제2항 각 호의 사항을 알리고 다른 개인정보의 처리에 대한 동의와 별도로 동의를 받은 경우"
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    when:
      all: [containsHealthData, separateConsent.sensitiveData]
      none: [consentNoticeGiven, requiredByLaw, permittedByLaw, courtOrder, legallyMandatedRetention, legalHold]

  - id: kr.sensitive.safety
    effect: obligate
    clause: "PIPA Art. 23(2)"
    quote: "민감정보가 분실ㆍ도난ㆍ유출ㆍ위조ㆍ변조 또는 훼손되지 아니하도록 ... 안전성 확보에 필요한 조치를 하여야 한다"
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    when:
      all: [containsHealthData]
    obligations: [protectSensitiveData]

  # ------------------------------------------------ Art. 24, 24-2: unique identifying information
  - id: kr.uniqueIdentifier.ground
    effect: forbid
    clause: "PIPA Art. 24(1)"
    quote: "정보주체에게 ... 알리고 다른 개인정보의 처리에 대한 동의와 별도로 동의를 받은 경우 / 법령에서 구체적으로 고유식별정보의 처리를 요구하거나 허용하는 경우"
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    when:
      all: [uniqueIdentifyingInformation]
      none: [separateConsent.uniqueIdentifier, requiredByLaw, courtOrder, legallyMandatedRetention, legalHold]
    note: "Only a law that specifically (구체적으로) requires or permits it counts, so a law that merely permits a disclosure (permittedByLaw) does not. 고유식별정보 are resident registration, passport, driver's licence and alien registration numbers (Decree Art. 19): not the app, device and advertising identifiers the Hero policy collects (online.uniqueIdentifier, device.identifier), which this rule does not reach. A request says so with uniqueIdentifyingInformation."

  - id: kr.uniqueIdentifier.encrypt
    effect: obligate
    clause: "PIPA Art. 24(3), Art. 24-2(2)"
    quote: "암호화 등 안전성 확보에 필요한 조치를 하여야 한다"
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    when:
      any: [uniqueIdentifyingInformation, residentRegistrationNumber]
    obligations: [encryptIdentifiers]

  - id: kr.uniqueIdentifier.notice
    effect: forbid
    clause: "PIPA Art. 24(1)1"
    quote: "정보주체에게 제15조제2항 각 호 또는 제17조제2항 각 호의 사항을 알리고 다른 개인정보의 처리에 대한 동의와 별도로 동의를 받은 경우"
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    when:
      all: [uniqueIdentifyingInformation, separateConsent.uniqueIdentifier]
      none: [consentNoticeGiven, requiredByLaw, courtOrder, legallyMandatedRetention, legalHold]

  - id: kr.residentRegistrationNumber.ground
    effect: forbid
    clause: "PIPA Art. 24-2(1)"
    quote: "제24조제1항에도 불구하고 ... 주민등록번호를 처리할 수 없다"
    actions: [collect, use, share, disclose, retain]
    recipients: any
    purposes: any
    categories: any
    when:
      all: [residentRegistrationNumber]
      none: [requiredByLaw, courtOrder, emergency, legallyMandatedRetention, legalHold]
    note: "Consent is not a route for a resident registration number: only a statute (or decree, or rule of the National Assembly, courts, election commission or Board of Audit) that specifically requires or permits it, a clearly urgent need for life, body or property, or a PIPC notice (not modelled); a law that merely permits a disclosure (permittedByLaw) is not specific enough."

  # ------------------------------------------------ Art. 28-8: transfer abroad (국외 이전)
  - id: kr.overseas.ground
    effect: forbid
    clause: "PIPA Art. 28-8(1)"
    quote: "개인정보를 국외로 제공(조회되는 경우를 포함한다)ㆍ처리위탁ㆍ보관(이하 이 절에서 \"이전\"이라 한다)하여서는 아니 된다"
    actions: [share, disclose, retain]
    recipients: {except: [user]}
    purposes: any
    categories: any
    when:
      all: [destinationAbroad]
      none: [separateConsent.overseasTransfer, requiredByLaw, recipientCertified, destinationAdequate, overseasTransferDisclosed, userDirected]
    note: "A message the person directs to another user abroad is the person's own, not a transfer by the organisation. Provision, entrustment and storage abroad need one of the five routes: a separate consent (1), a statute or treaty (2), an entrustment or storage needed for the contract and disclosed (3, the next two rules), a certified recipient (4), or a recognised country (5). Standard contractual clauses alone (transferSafeguards) are not a route. The Hero policy discloses no transfer abroad."

  - id: kr.overseas.contractRoute
    effect: forbid
    clause: "PIPA Art. 28-8(1)3"
    quote: "정보주체와의 계약의 체결 및 이행을 위하여 개인정보의 처리위탁ㆍ보관이 필요한 경우"
    actions: [share, disclose, retain]
    recipients: {except: [user]}
    purposes: any
    categories: any
    when:
      all: [destinationAbroad, overseasTransferDisclosed]
      none: [separateConsent.overseasTransfer, requiredByLaw, recipientCertified, destinationAdequate, contractInForce, contractRequested, userDirected]
    note: "The disclosure route holds only for an entrustment or storage needed to enter into or perform the contract with the person."

  - id: kr.overseas.entrustmentRoute
    effect: forbid
    clause: "PIPA Art. 28-8(1)3"
    quote: "개인정보의 처리위탁ㆍ보관이 필요한 경우"
    actions: [share, disclose]
    recipients: {except: [user, controller]}
    purposes: any
    categories: any
    when:
      all: [destinationAbroad, overseasTransferDisclosed]
      none: [separateConsent.overseasTransfer, requiredByLaw, recipientCertified, destinationAdequate, processorContract, userDirected]
    note: "Route 3 covers entrustment and storage, not provision: a recipient abroad on this route must be an entrustee under a written contract."

  - id: kr.overseas.notice
    effect: forbid
    clause: "PIPA Art. 28-8(2)"
    quote: "이전되는 개인정보 항목 / 개인정보가 이전되는 국가, 시기 및 방법 / 개인정보를 이전받는 자의 성명 ... / 이용목적 및 보유ㆍ이용 기간 / 거부하는 방법, 절차 및 거부의 효과"
    actions: [share, disclose, retain]
    recipients: {except: [user]}
    purposes: any
    categories: any
    when:
      all: [destinationAbroad, separateConsent.overseasTransfer]
      none: [consentNoticeGiven, requiredByLaw, recipientCertified, destinationAdequate, userDirected]

  # ------------------------------------------------ Art. 22(1)7: marketing
  - id: kr.marketing.separateConsent
    effect: forbid
    clause: "PIPA Art. 22(1)7"
    quote: "재화나 서비스를 홍보하거나 판매를 권유하기 위하여 개인정보의 처리에 대한 동의를 받으려는 때"
    actions: [collect, use, share, disclose]
    recipients: any
    purposes: [marketing, advertising]
    categories: any
    when:
      none: [separateConsent.marketing]
    note: "Marketing needs its own consent, asked apart from every other matter: the policy's 'additional consent' to the purpose is not enough without it."

  # ------------------------------------------------ Art. 27: business transfer
  - id: kr.businessTransfer.notice
    effect: forbid
    clause: "PIPA Art. 27(1)"
    quote: "영업의 전부 또는 일부의 양도ㆍ합병 등으로 개인정보를 다른 사람에게 이전하는 경우에는 미리 ... 해당 정보주체에게 알려야 한다"
    actions: [share, disclose]
    recipients: any
    purposes: any
    categories: any
    when:
      all: [businessSuccession]
      none: [userNotified]
    note: "In advance: the transfer, the recipient's name, address and telephone number, and how to refuse (by writing, email or the like, Decree Art. 29). Investor due diligence is not a transfer under Art. 27: without businessSuccession the recipient is a third party (Art. 17)."

  # ------------------------------------------------ Art. 21(3): data kept under another law
  - id: kr.retention.separate
    effect: obligate
    clause: "PIPA Art. 21(3)"
    quote: "다른 개인정보와 분리하여서 저장ㆍ관리하여야 한다"
    actions: [retain]
    recipients: any
    purposes: any
    categories: any
    when:
      all: [retentionExpired, legallyMandatedRetention]
    obligations: [segregateRetainedData]
    note: "Information that would be destroyed (Art. 21(1)) but another law requires to be kept is stored apart from other information. The Hero policy's own rule says the same; the pack keeps it for a policy that does not."
"""#
